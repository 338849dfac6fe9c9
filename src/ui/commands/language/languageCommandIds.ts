/** Commands the language server's CodeLenses and links run in the editor. No `vscode` import. */
export const languageCommandIds = {
  OpenIgnoreFile: 'dockhand.buildContext.openIgnoreFile',
} as const;
