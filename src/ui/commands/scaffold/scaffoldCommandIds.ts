/** "Add Docker Files": a Dockerfile, .dockerignore and compose.yaml for a project. No `vscode` import. */
export const scaffoldCommandIds = {
  Scaffold: 'dockhand.scaffold',
} as const;
