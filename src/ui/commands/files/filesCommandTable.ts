import type { IdsOf } from '../commandIds';
import type { CommandDeps, CommandHandler } from '../shared/CommandDeps';
import { deleteFile, downloadFile, newFile, newFolder, openInExplorer, refreshFiles, renameFile, uploadFiles } from './fileCommands';
import { filesCommandIds as ids } from './filesCommandIds';

export function filesCommandTable(deps: CommandDeps): Record<IdsOf<typeof ids>, CommandHandler> {
  return {
    [ids.NewFile]: newFile(deps),
    [ids.NewFolder]: newFolder(deps),
    [ids.DeleteFile]: deleteFile(deps),
    [ids.RenameFile]: renameFile(deps),
    [ids.Upload]: uploadFiles(deps),
    [ids.Download]: downloadFile(deps),
    [ids.RefreshFiles]: refreshFiles(deps),
    [ids.OpenInExplorer]: openInExplorer(),
  };
}
