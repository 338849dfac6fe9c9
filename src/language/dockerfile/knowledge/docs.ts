/** Hover and completion documentation, in our own words. */
export const instructionDocs: Readonly<Record<string, string>> = {
  ADD: 'Adds files to the image from the context, a URL or a Git repository. Local tar archives are **extracted**; prefer COPY for plain files.',
  ARG: 'Declares a build argument (`--build-arg NAME=value`). Before the first FROM it is usable in FROM lines only; inside a stage it is usable until the stage ends. Values show in the image history.',
  CMD: 'The default command (or default arguments to ENTRYPOINT) of a container. Only the last CMD of a stage counts. Prefer the exec form `["program", "arg"]`.',
  COPY: 'Copies files from the build context, another stage (`--from=stage`) or an image into the image.',
  ENTRYPOINT:
    'The program a container runs; `docker run` arguments (or CMD) are appended. Use the exec form so the program receives signals.',
  ENV: 'Sets environment variables for the following instructions and the running container: `ENV KEY=value`.',
  EXPOSE: 'Documents the ports the container listens on (`port[/tcp|udp|sctp]`). It does not publish them: that is `docker run -p`.',
  FROM: 'Starts a build stage from a base image (`FROM image[:tag] [AS name]`). `scratch` is the empty image.',
  HEALTHCHECK:
    "How the engine checks that the container still works: `HEALTHCHECK [options] CMD command`, or `NONE` to disable the base image's check.",
  LABEL: 'Adds metadata as key=value pairs, e.g. `org.opencontainers.image.source`.',
  MAINTAINER: '**Deprecated.** Use `LABEL org.opencontainers.image.authors="…"`.',
  ONBUILD: 'Registers an instruction to run when another Dockerfile builds FROM this image.',
  RUN: 'Runs a command in a new layer. Each RUN starts a fresh shell: `cd` and shell variables do not carry over. Join related commands with `&&` and clean up in the same RUN.',
  SHELL: 'Changes the shell used by the shell form of RUN, CMD and ENTRYPOINT, as a JSON array: `SHELL ["/bin/bash", "-c"]`.',
  STOPSIGNAL: "The signal `docker stop` sends to the container's main process (default SIGTERM).",
  USER: 'The user (and group) for the following instructions and the container. Switch to an unprivileged user for the final image.',
  VOLUME: 'Declares mount points; data written there is kept out of the image and in a volume at run time.',
  WORKDIR: 'Sets (and creates) the working directory for the following instructions and the container. Use absolute paths.',
};

export const directiveDocs: Readonly<Record<string, string>> = {
  syntax: 'The Dockerfile frontend image to build with, e.g. `docker/dockerfile:1`.',
  escape: 'The line-continuation and escape character: `\\` (default) or `` ` `` (handy on Windows).',
  check: 'BuildKit build checks: `skip=Rule1,Rule2` or `skip=all`, and `error=true` to fail the build on a violation.',
};
