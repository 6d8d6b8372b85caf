/**
 * The back office answers every error as application/problem+json (docs/api.md "Errors"). This is
 * the app's view of one, and how a form shows it: each field error and rule violation beside the
 * field it names, the others above the form, in the user's language where the app knows the code
 * (else the server's own message, in Dutch for 400s since the app sends Accept-Language).
 */
export interface FieldProblem {
  field: string;
  code: string;
  message: string;
}

export interface RuleViolation {
  rule: string;
  message: string;
  field?: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldProblem[];
  violations?: RuleViolation[];
  currentState?: string;
  currentVersion?: number;
  requiredRoles?: string[];
}

/** A request the back office refused, or could not be reached for. */
export class ApiProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.name = 'ApiProblem';
  }

  get status(): number {
    return this.problem.status;
  }
}

/** The problem in a response body, or one made from the status when the body is none. */
export function toProblem(status: number, body: unknown): Problem {
  if (body !== null && typeof body === 'object' && 'status' in body) {
    const p = body as Partial<Problem>;
    return { ...p, status: typeof p.status === 'number' ? p.status : status } as Problem;
  }
  return { status, title: typeof body === 'string' && body ? body.slice(0, 200) : undefined };
}

/** Texts the app has of its own for a code: `field.<code>`, `rule.<rule>`. */
export type Describe = (
  kind: 'field' | 'rule',
  code: string,
  field: string | undefined,
) => string | undefined;

export interface FormProblems {
  /** Per form field (dot paths as the API names them, `borrower.name`): what to show beside it. */
  fields: Record<string, string>;
  /** What no field of the form shows: above the form. */
  general: string[];
}

/**
 * Spreads a problem over a form's fields. `fields` are the paths the form has; an error on
 * another path (or none) is general. Several errors on one field are joined.
 */
export function problemsForForm(
  problem: Problem,
  fields: readonly string[],
  describe: Describe,
): FormProblems {
  const out: FormProblems = { fields: {}, general: [] };
  const known = new Set(fields);
  const place = (field: string | undefined, text: string) => {
    if (field !== undefined && known.has(field)) {
      out.fields[field] = out.fields[field] ? `${out.fields[field]}; ${text}` : text;
    } else {
      out.general.push(text);
    }
  };
  for (const e of problem.errors ?? []) {
    place(e.field, describe('field', e.code, e.field) ?? e.message);
  }
  for (const v of problem.violations ?? []) {
    place(v.field, describe('rule', v.rule, v.field) ?? v.message);
  }
  if (out.general.length === 0 && Object.keys(out.fields).length === 0) {
    out.general.push(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
  }
  return out;
}

/** A 409 because the loan moved on since the version the user saw (If-Match), or its state. */
export function isConflict(problem: Problem): boolean {
  return problem.status === 409;
}
