/** Snippet bodies inserted by instruction completion (LSP snippet syntax). */
export const instructionSnippets: Readonly<Record<string, string>> = {
  ADD: 'ADD ${1:source} ${2:dest}',
  ARG: 'ARG ${1:NAME}${2:=${3:value}}',
  CMD: 'CMD ["${1:executable}"${2:, "${3:param}"}]',
  COPY: 'COPY ${1:source} ${2:dest}',
  ENTRYPOINT: 'ENTRYPOINT ["${1:executable}"${2:, "${3:param}"}]',
  ENV: 'ENV ${1:KEY}=${2:value}',
  EXPOSE: 'EXPOSE ${1:port}',
  FROM: 'FROM ${1:image}:${2:tag}${3: AS ${4:name}}',
  HEALTHCHECK: 'HEALTHCHECK --interval=${1:30s} --timeout=${2:3s} CMD ${3:command}',
  LABEL: 'LABEL ${1:key}="${2:value}"',
  MAINTAINER: 'MAINTAINER ${1:name}',
  ONBUILD: 'ONBUILD ${1:INSTRUCTION}',
  RUN: 'RUN ${1:command}',
  SHELL: 'SHELL ["${1:/bin/bash}", "${2:-c}"]',
  STOPSIGNAL: 'STOPSIGNAL ${1:SIGTERM}',
  USER: 'USER ${1:user}',
  VOLUME: 'VOLUME ["${1:/data}"]',
  WORKDIR: 'WORKDIR ${1:/path}',
};

export const directiveSnippets: Readonly<Record<string, string>> = {
  syntax: '# syntax=${1:docker/dockerfile:1}',
  escape: '# escape=${1|`,\\\\|}',
  check: '# check=skip=${1:RuleName}',
};

export const platforms = [
  'linux/amd64',
  'linux/arm64',
  'linux/arm/v7',
  'linux/arm/v6',
  'linux/386',
  'linux/ppc64le',
  'linux/s390x',
  'linux/riscv64',
  'windows/amd64',
];
