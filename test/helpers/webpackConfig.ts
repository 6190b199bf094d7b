// Loads the top-level webpack.config.js with types, and reads back the pages and copy patterns it configures.
import path from "node:path";
import type { Configuration } from "webpack";
import HtmlWebpackPlugin from "html-webpack-plugin";
import CopyWebpackPlugin from "copy-webpack-plugin";

export const REPO_ROOT = path.resolve(__dirname, "../..");

export interface CopyPattern {
  from: string;
  to: string;
  transform?: (content: Buffer, absoluteFrom: string) => string | Buffer;
}

export interface WebpackConfigModule {
  (env: Record<string, unknown>, argv: { mode?: "development" | "production" }): Configuration;
  DEV_BASE_URL: string;
  DEV_SERVER_PORT: number;
  resolveBaseUrl(value: string | undefined): string | undefined;
  rewriteManifestUrls(xml: string, baseUrl: string): string;
}

// webpack.config.js is CommonJS without type declarations; the interface above is what the tests rely on.
export const webpackConfig = require(path.join(REPO_ROOT, "webpack.config.js")) as WebpackConfigModule;

export function buildConfig(mode: "development" | "production"): Configuration {
  return webpackConfig({}, { mode });
}

export function htmlPagesOf(config: Configuration): HtmlWebpackPlugin.Options[] {
  return (config.plugins ?? [])
    .filter((plugin): plugin is HtmlWebpackPlugin => plugin instanceof HtmlWebpackPlugin)
    .map((plugin) => plugin.userOptions);
}

export function copyPatternsOf(config: Configuration): CopyPattern[] {
  return (config.plugins ?? [])
    .filter((plugin) => plugin instanceof CopyWebpackPlugin)
    // `patterns` is private in copy-webpack-plugin's typings but is exactly what the plugin copies.
    .flatMap((plugin) => (plugin as unknown as { patterns: CopyPattern[] }).patterns);
}

/** The files the build emits besides JS chunks: HTML pages and the targets of plain (non-glob) copy patterns. */
export function emittedPagesAndFiles(config: Configuration): string[] {
  return [
    ...htmlPagesOf(config).map((page) => page.filename ?? "index.html"),
    ...copyPatternsOf(config).map((pattern) => pattern.to),
  ].filter((name): name is string => typeof name === "string" && !name.includes("["));
}
