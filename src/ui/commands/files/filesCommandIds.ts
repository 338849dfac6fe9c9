/** Commands on files inside containers and volumes (keys unique across areas: the ids are merged). No `vscode` import. */
export const filesCommandIds = {
  NewFile: 'dockhand.files.newFile',
  NewFolder: 'dockhand.files.newFolder',
  DeleteFile: 'dockhand.files.delete',
  RenameFile: 'dockhand.files.rename',
  Upload: 'dockhand.files.upload',
  Download: 'dockhand.files.download',
  RefreshFiles: 'dockhand.files.refresh',
  OpenInExplorer: 'dockhand.files.openInExplorer',
} as const;
