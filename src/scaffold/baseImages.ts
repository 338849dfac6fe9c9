/**
 * Every base image "Add Docker Files" writes into a Dockerfile, in one table, so that moving to
 * newer releases is a change here and nowhere else. Tags are pinned to a release line (a major or
 * major.minor), never `latest`: rebuilds get security fixes of that line but no breaking upgrade.
 *
 * Chosen from the Docker Official Images' library files (docker-library/official-images, August
 * 2026) and Microsoft's .NET images: the newest LTS or stable line of each, Alpine where the
 * runtime works there (smaller, and its busybox gives the health checks `wget`/`nc`).
 */
export const baseImages = {
  /** Node.js 24, LTS until April 2028 (26 entered LTS in October 2026; 24 still has the wider ecosystem support). */
  node: 'node:24-alpine',
  /** CPython 3.14, the newest stable line (3.15 is a release candidate); Debian slim, as wheels expect glibc. */
  python: 'python:3.14-slim',
  /** Go 1.27, the newest release; the go.mod `go` line is a minimum, so newer toolchains build older modules. */
  go: 'golang:1.27-alpine',
  /** What a compiled Go program runs on: Alpine for a shell and `nc` in the health check. */
  goRuntime: 'alpine:3.24',
  /** Java build and runtime images by feature release (LTS lines; `java.version` in the build file chooses). */
  java: {
    17: {
      maven: 'maven:3.9-eclipse-temurin-17-alpine',
      gradle: 'gradle:9-jdk17-alpine',
      jdk: 'eclipse-temurin:17-jdk-alpine',
      jre: 'eclipse-temurin:17-jre-alpine',
    },
    21: {
      maven: 'maven:3.9-eclipse-temurin-21-alpine',
      gradle: 'gradle:9-jdk21-alpine',
      jdk: 'eclipse-temurin:21-jdk-alpine',
      jre: 'eclipse-temurin:21-jre-alpine',
    },
    25: {
      maven: 'maven:3.9-eclipse-temurin-25-alpine',
      gradle: 'gradle:9-jdk25-alpine',
      jdk: 'eclipse-temurin:25-jdk-alpine',
      jre: 'eclipse-temurin:25-jre-alpine',
    },
  },
  /** The Java line used when the build file names none (or one older than every line above). */
  javaDefault: 25,
  /** .NET SDK and runtimes: the tag is the project's target framework (net8.0 → 8.0). */
  dotnet: {
    sdk: 'mcr.microsoft.com/dotnet/sdk',
    aspnet: 'mcr.microsoft.com/dotnet/aspnet',
    runtime: 'mcr.microsoft.com/dotnet/runtime',
    /** Target frameworks with images; others fall back to the newest. */
    versions: ['8.0', '9.0', '10.0'],
    newest: '10.0',
  },
  /** nginx's own unprivileged build of the stable line: runs as user nginx (101) and listens on 8080. */
  staticSite: 'nginxinc/nginx-unprivileged:1.30-alpine',
} as const;

export type JavaLine = keyof typeof baseImages.java;
