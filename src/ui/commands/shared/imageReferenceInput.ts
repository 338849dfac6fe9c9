import * as vscode from 'vscode';
import { imageReferenceProblem, newImageReferenceProblem } from '../../../shared/imageReference';

/**
 * The input-box check of every dialog that names an image: the engine's reference grammar from
 * shared/imageReference, so each dialog accepts exactly what the engine does. A new image
 * (commit, tag) cannot carry a digest; an existing one (pull) may.
 */
export function imageReferenceInputProblem(value: string): string | undefined {
  return explain(value, newImageReferenceProblem(value));
}

export function existingImageReferenceInputProblem(value: string): string | undefined {
  return explain(value, imageReferenceProblem(value));
}

function explain(value: string, problem: string | undefined): string | undefined {
  return problem ? vscode.l10n.t('"{0}" is not a valid image name: {1}. Example: me/app:1.0', value.trim(), problem) : undefined;
}
