import type { ErrorObject } from 'ajv';
import { editDistance } from '../../common/editDistance';

/**
 * ajv reports a failed `oneOf` as one error per branch plus the `oneOf` itself: a port written as
 * a mapping with a typo yields "must be number", "must be string", "unknown key" and "must match
 * exactly one schema". People need the one from the branch they were writing, so this keeps the
 * errors of the closest branch and drops the rest.
 */
export function collapseErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const out: ErrorObject[] = [];
  for (const error of errors) {
    if (error.keyword === 'oneOf' || error.keyword === 'anyOf') {
      // Branch errors come just before their oneOf, at the same or a deeper instance path.
      const branchErrors: ErrorObject[] = [];
      while (out.length > 0 && isWithin(out[out.length - 1].instancePath, error.instancePath)) {
        branchErrors.unshift(out.pop()!);
      }
      out.push(...pickBranch(error, branchErrors));
    } else if (error.keyword !== 'if' && error.keyword !== 'not') {
      out.push(error);
    }
  }
  return dropRequiredExplainedByTypo(out);
}

function isWithin(path: string, parent: string): boolean {
  return path === parent || path.startsWith(`${parent}/`);
}

function pickBranch(oneOf: ErrorObject, branchErrors: readonly ErrorObject[]): ErrorObject[] {
  const groups = new Map<string, ErrorObject[]>();
  for (const error of branchErrors) {
    const rest = error.schemaPath.startsWith(`${oneOf.schemaPath}/`) ? error.schemaPath.slice(oneOf.schemaPath.length + 1) : '?';
    const branch = rest.split('/')[0] ?? '?';
    groups.set(branch, [...(groups.get(branch) ?? []), error]);
  }
  // A branch whose only complaint is the value's type is a shape the user was not writing.
  const wrongShape = (group: readonly ErrorObject[]) => group.every(e => e.keyword === 'type' && e.instancePath === oneOf.instancePath);
  const candidates = [...groups.values()].filter(group => !wrongShape(group));
  if (candidates.length === 0) {
    const types = new Set(branchErrors.flatMap(e => String((e.params as { type?: string }).type ?? '').split(',')).filter(Boolean));
    return [{ ...oneOf, keyword: 'type', params: { type: [...types].join(',') } }];
  }
  return candidates.reduce((best, group) => (group.length < best.length ? group : best));
}

/** `conditon:` is both an unknown key and a missing `condition`; the typo is the one problem. */
function dropRequiredExplainedByTypo(errors: readonly ErrorObject[]): ErrorObject[] {
  return errors.filter(error => {
    if (error.keyword !== 'required') {
      return true;
    }
    const missing = (error.params as { missingProperty: string }).missingProperty;
    return !errors.some(
      other =>
        other.keyword === 'additionalProperties' &&
        other.instancePath === error.instancePath &&
        sameLetters((other.params as { additionalProperty: string }).additionalProperty, missing),
    );
  });
}

function sameLetters(a: string, b: string): boolean {
  return editDistance(a, b) <= 2;
}
