// A template from untrusted JSON (a pasted framework, a file, a stored workbook): shape first,
// then structure; either a template that is safe to score with, or every issue found.
import type { z } from "zod/mini";
import { vi as vietnamese } from "zod/locales";
import { hasErrors, makeIssue, type Issue } from "../issues";
import { fail, succeed, type Result } from "../result";
import { describeJsonSyntaxError, jsonNesting, MAX_JSON_NESTING } from "./jsonText";
import { MAX_DEPTH, templateSchema, type Template } from "./schema";
import { validateTemplate } from "./validateTemplate";

export function parseTemplate(input: unknown): Result<Template> {
  // The schema check recurses into children: a tree deeper than any template is refused first.
  const deep = firstTooDeep(input);
  if (deep) return fail([deep]);
  const parsed = templateSchema.safeParse(input, { error: zodVietnamese });
  if (!parsed.success) return fail(schemaIssues(parsed.error));
  const issues = validateTemplate(parsed.data);
  return hasErrors(issues) ? fail(issues) : succeed(parsed.data, issues);
}

/** Parses template JSON text; a syntax error is reported as a schema issue, not thrown. */
export function parseTemplateJson(text: string): Result<Template> {
  const source = text.replace(/^\uFEFF/, "");
  if (jsonNesting(source) > MAX_JSON_NESTING) {
    return fail([makeIssue("template_too_nested", "error", { limit: MAX_JSON_NESTING })]);
  }
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    return fail([makeIssue("template_schema", "error", { field: "", detail: describeJsonSyntaxError(source, error) })]);
  }
  return parseTemplate(json);
}

/** The first criterion below the third level, walked without recursion; null when there is none. */
function firstTooDeep(input: unknown): Issue | null {
  const areas = (input as { areas?: unknown } | null)?.areas;
  if (!Array.isArray(areas)) return null;
  const stack: { node: unknown; depth: number; path: string[] }[] = areas.map((node) => ({ node, depth: 1, path: [] }));
  while (stack.length > 0) {
    const { node, depth, path } = stack.pop()!;
    const code = typeof (node as { code?: unknown } | null)?.code === "string" ? (node as { code: string }).code : "?";
    const here = [...path, code];
    if (depth > MAX_DEPTH) return makeIssue("too_deep", "error", { itemCode: code }, { path: here });
    const children = (node as { children?: unknown } | null)?.children;
    if (Array.isArray(children)) for (const child of children) stack.push({ node: child, depth: depth + 1, path: here });
  }
  return null;
}

// zod words its details in Vietnamese, like the rest of what staff read.
const zodVietnamese = vietnamese().localeError;

function schemaIssues(error: z.core.$ZodError): Issue[] {
  return error.issues.map((issue) =>
    makeIssue("template_schema", "error", {
      field: issue.path.map(String).join("."),
      detail: issue.message,
    }),
  );
}
