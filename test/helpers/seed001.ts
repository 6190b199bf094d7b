// Seed 001 (Sơn La provincial office, 2021) as test data: its template and appraised scores.
import fixture from "../fixtures/seed001/appraised-scores.json";
import { getBundledTemplate } from "../../src/domain/template/bundledTemplates";

export const seed001Template = () => getBundledTemplate("son-la-vpub-2021");
export const seed001Scores: Record<string, number> = fixture.scores;
export const seed001ExpectedAreas = fixture.expectedAreas as [string, number, number, number][];
export const seed001ExpectedTotal = fixture.expectedTotal as [number, number, number];
