/** A large, realistic multi-stage Dockerfile for performance and splice tests. */
export function generateDockerfile(stages: number, runsPerStage: number): string {
  const lines: string[] = ['# syntax=docker/dockerfile:1', 'ARG BASE_VERSION=3.19', ''];
  for (let s = 0; s < stages; s++) {
    lines.push(s === 0 ? `FROM alpine:\${BASE_VERSION} AS stage${s}` : `FROM stage${s - 1} AS stage${s}`);
    lines.push(`ARG STAGE_VERSION=${s}.0`, `ENV STAGE_${s}_HOME=/opt/stage${s}`, `WORKDIR /opt/stage${s}`);
    lines.push(`LABEL org.opencontainers.image.title="stage ${s}" \\`, `      org.opencontainers.image.version="\${STAGE_VERSION}"`);
    for (let r = 0; r < runsPerStage; r++) {
      lines.push(`# step ${r} of stage ${s}`);
      lines.push(
        `RUN --mount=type=cache,target=/var/cache/apk \\`,
        `    apk add --no-cache curl-${r} \\`,
        `    && echo "$STAGE_${s}_HOME" > /tmp/out-${r} \\`,
        `    && rm -rf /tmp/build-${r}`,
      );
      lines.push(`COPY --chown=app:app src/part-${s}-${r}/ ./part-${r}/`);
      lines.push(`ENV STEP_${r}=$STAGE_${s}_HOME/step-${r}`);
    }
    lines.push(`HEALTHCHECK --interval=30s --timeout=3s CMD wget -qO- http://localhost/ || exit 1`, `EXPOSE ${8000 + s}`, '');
  }
  lines.push('USER app', 'CMD ["/opt/app/run"]', '');
  return lines.join('\n');
}
