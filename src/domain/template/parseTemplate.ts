// A template from untrusted JSON (a pasted framework, a file, a stored workbook): shape first,
// then structure; either a template that is safe to score with, or every issue found.
import type { z } from "zod";
import { vi as vietnamese } from "zod/locales";
import { hasErrors, makeIssue, type Issue } from "../issues";
import { fail, succeed, type Result } from "../result";
import { templateSchema, type Template } from "./schema";
import { validateTemplate } from "./validateTemplate";

export function parseTemplate(input: unknown): Result<Template> {
  const parsed = templateSchema.safeParse(input, { error: zodVietnamese });
  if (!parsed.success) return fail(schemaIssues(parsed.error));
  const issues = validateTemplate(parsed.data);
  return hasErrors(issues) ? fail(issues) : succeed(parsed.data, issues);
}

/** Parses template JSON text; a syntax error is reported as a schema issue, not thrown. */
export function parseTemplateJson(text: string): Result<Template> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail([makeIssue("template_schema", "error", { field: "", detail })]);
  }
  return parseTemplate(json);
}

// zod words its details in Vietnamese, like the rest of what staff read.
const zodVietnamese = vietnamese().localeError;

function schemaIssues(error: z.ZodError): Issue[] {
  return error.issues.map((issue) =>
    makeIssue("template_schema", "error", {
      field: issue.path.map(String).join("."),
      detail: issue.message,
    }),
  );
}
