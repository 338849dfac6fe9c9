/**
 * The labels compose (v1 and v2) puts on what it creates: how Dockhand groups containers into
 * projects and finds a project's files, without running compose.
 */
export const composeLabels = {
  project: 'com.docker.compose.project',
  service: 'com.docker.compose.service',
  configFiles: 'com.docker.compose.project.config_files',
  workingDir: 'com.docker.compose.project.working_dir',
} as const;
