/** For each rule: Dockerfiles that must trigger it and ones that must not. */
export interface RuleCases {
  readonly code: string;
  readonly triggers: readonly string[];
  readonly quiet: readonly string[];
}

export const syntaxCases: readonly RuleCases[] = [
  {
    code: 'dockerfile.unknown-instruction',
    triggers: ['FROM a:1\nRUNN x\n', 'FROM a:1\nCOPYY a b\n'],
    quiet: ['FROM a:1\nRUN x\n', 'from a:1\nrun x\n'],
  },
  {
    code: 'dockerfile.missing-arguments',
    triggers: ['FROM a:1\nRUN\n', 'FROM a:1\nCOPY onlyone\n', 'FROM a:1\nWORKDIR\n'],
    quiet: ['FROM a:1\nCOPY a b\n', 'FROM a:1\nCOPY <<EOF /x\nhi\nEOF\n', 'FROM a:1\nCMD ["x"]\n'],
  },
  {
    code: 'dockerfile.extra-arguments',
    triggers: ['FROM a:1 b\n', 'FROM a:1 AS b c\n', 'FROM a:1\nSTOPSIGNAL SIGTERM SIGINT\n', 'FROM a:1\nHEALTHCHECK NONE x\n'],
    quiet: ['FROM a:1 AS b\n', 'FROM a:1\nUSER app:app\n'],
  },
  {
    code: 'dockerfile.unknown-flag',
    triggers: ['FROM a:1\nCOPY --form=b x y\n', 'FROM a:1\nRUN --mnt=type=cache,target=/x y\n'],
    quiet: ['FROM a:1\nCOPY --from=b --chown=1:1 --chmod=755 --link x y\n', 'FROM a:1\nRUN --mount=type=cache,target=/x y\n'],
  },
  {
    code: 'dockerfile.invalid-flag-value',
    triggers: [
      'FROM a:1\nRUN --network=bridge x\n',
      'FROM a:1\nCOPY --chmod=rwx a b\n',
      'FROM a:1\nRUN --mount=type=volume,target=/x y\n',
      'FROM a:1\nRUN --mount=type=cache,sharing=all,target=/x y\n',
      'FROM a:1\nRUN --mount=type=cache y\n',
      'FROM a:1\nHEALTHCHECK --retries=many CMD x\n',
    ],
    quiet: [
      'FROM a:1\nRUN --network=none x\n',
      'FROM a:1\nCOPY --chmod=0644 a b\n',
      'FROM a:1\nRUN --mount=type=secret,id=k,env=K y\n',
      'FROM a:1\nCOPY --chmod=$MODE a b\n',
    ],
  },
  {
    code: 'dockerfile.invalid-duration',
    triggers: ['FROM a:1\nHEALTHCHECK --interval=5 CMD x\n', 'FROM a:1\nHEALTHCHECK --timeout=3 seconds CMD x\n'],
    quiet: ['FROM a:1\nHEALTHCHECK --interval=1m30s --timeout=500ms --start-period=0 CMD x\n'],
  },
  {
    code: 'dockerfile.invalid-expose',
    triggers: ['FROM a:1\nEXPOSE 80:80\n', 'FROM a:1\nEXPOSE 70000\n', 'FROM a:1\nEXPOSE 80/http\n', 'FROM a:1\nEXPOSE 90-80\n'],
    quiet: ['FROM a:1\nEXPOSE 80 443/tcp 53/udp 8000-8010\n', 'FROM a:1\nEXPOSE $PORT\n'],
  },
  {
    code: 'dockerfile.invalid-stopsignal',
    triggers: ['FROM a:1\nSTOPSIGNAL SIGFOO\n', 'FROM a:1\nSTOPSIGNAL 99\n'],
    quiet: [
      'FROM a:1\nSTOPSIGNAL SIGQUIT\n',
      'FROM a:1\nSTOPSIGNAL 9\n',
      'FROM a:1\nSTOPSIGNAL SIGRTMIN+3\n',
      'FROM a:1\nSTOPSIGNAL term\n',
    ],
  },
  {
    code: 'dockerfile.invalid-json',
    triggers: ["FROM a:1\nCMD ['node', 'app.js']\n", 'FROM a:1\nENTRYPOINT ["a", "b",]\n', 'FROM a:1\nSHELL /bin/bash -c\n'],
    quiet: ['FROM a:1\nRUN [ -f /x ] && echo ok\n', 'FROM a:1\nCMD ["a", "b"]\n'],
  },
  {
    code: 'dockerfile.invalid-image-reference',
    triggers: ['FROM Node:20\n', 'FROM node:20!\n', 'FROM node@sha256:xyz\n', 'FROM my_-repo:1\n'],
    quiet: [
      'FROM node:20-alpine\n',
      'FROM registry.example.com:5000/team.x/app:1\n',
      'FROM localhost:5000/app:dev\n',
      'FROM MyRegistry.io/app:1\n',
      'FROM gcr.io/distroless/static-debian12:nonroot\n',
      'FROM node@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n',
      'FROM a:1 AS Build\nFROM Build\n',
      'ARG IMG\nFROM ${IMG:-alpine}\n',
      'FROM scratch\n',
    ],
  },
  {
    code: 'dockerfile.unterminated',
    triggers: ['FROM a:1\nRUN echo \\\n', 'FROM a:1\nRUN <<EOT\necho\n'],
    quiet: ['FROM a:1\nRUN echo \\\n  hi\n', 'FROM a:1\nRUN <<EOT\necho\nEOT\n'],
  },
  {
    code: 'dockerfile.empty-continuation',
    triggers: ['FROM a:1\nRUN a \\\n\n  && b\n'],
    quiet: ['FROM a:1\nRUN a \\\n  && b\n', 'FROM a:1\nRUN <<EOT\na\n\nb\nEOT\n'],
  },
  {
    code: 'dockerfile.instruction-before-from',
    triggers: ['RUN x\nFROM a:1\n', 'ENV A=1\n'],
    quiet: ['ARG V=1\nFROM a:$V\n', '# comment\nFROM a:1\n'],
  },
];

export const semanticCases: readonly RuleCases[] = [
  { code: 'dockerfile.duplicate-stage-name', triggers: ['FROM a:1 AS x\nFROM b:1 AS X\n'], quiet: ['FROM a:1 AS x\nFROM b:1 AS y\n'] },
  { code: 'dockerfile.reserved-stage-name', triggers: ['FROM a:1 AS scratch\n', 'FROM a:1 AS context\n'], quiet: ['FROM a:1 AS build\n'] },
  {
    code: 'dockerfile.copy-from-stage',
    triggers: [
      'FROM a:1 AS one\nCOPY --from=two x y\nFROM b:1 AS two\n',
      'FROM a:1 AS one\nCOPY --from=one x y\n',
      'FROM a:1\nCOPY --from=0 x y\n',
      'FROM a:1 AS build\nFROM b:1\nCOPY --from=buidl x y\n',
    ],
    quiet: [
      'FROM a:1 AS one\nFROM b:1\nCOPY --from=one x y\n',
      'FROM a:1\nCOPY --from=nginx:1 x y\n',
      'FROM a:1\nFROM b:1\nCOPY --from=0 x y\n',
      'FROM a:1 AS build\nFROM b:1\nCOPY --from=alpine x y\n',
    ],
  },
  {
    code: 'dockerfile.undefined-variable',
    triggers: ['FROM a:1\nARG VERSION=1\nWORKDIR /app/$VERSOIN\n', 'FROM scratch\nCOPY $SRC /x\n'],
    quiet: [
      'FROM a:1\nARG VERSION=1\nWORKDIR /app/$VERSION\n',
      'FROM a:1\nENV PATH=/x:$PATH\n',
      'FROM a:1\nRUN echo $UNDEFINED\n',
      'FROM node:20\nWORKDIR /$NODE_VERSION\n',
      'FROM a:1\nENV A=1 B=$A\n',
      'FROM scratch\nCOPY ${SRC:-x} /x\n',
      'FROM scratch AS base\nENV SRC=/s\nFROM base\nCOPY $SRC /x\n',
    ],
  },
  {
    code: 'dockerfile.undefined-arg-in-from',
    triggers: ['FROM node:$VERSION\n', 'ARG VERSION=1\nFROM node:$VERSOIN\n'],
    quiet: ['ARG VERSION=1\nFROM node:$VERSION\n', 'FROM --platform=$BUILDPLATFORM node:1\n'],
  },
  {
    code: 'dockerfile.invalid-default-arg-in-from',
    triggers: ['ARG IMAGE\nFROM $IMAGE\n'],
    quiet: ['ARG IMAGE=alpine:3\nFROM $IMAGE\n', 'ARG TAG\nFROM alpine:3$TAG\n'],
  },
  {
    code: 'dockerfile.multiple-instructions',
    triggers: ['FROM a:1\nCMD ["a"]\nCMD ["b"]\n', 'FROM a:1\nHEALTHCHECK CMD a\nHEALTHCHECK NONE\n'],
    quiet: ['FROM a:1\nCMD ["a"]\nFROM b:1\nCMD ["b"]\n'],
  },
  {
    code: 'dockerfile.cmd-ignored-by-shell-entrypoint',
    triggers: ['FROM a:1\nENTRYPOINT ./run.sh\nCMD ["--help"]\n'],
    quiet: [
      'FROM a:1\nENTRYPOINT ["./run.sh"]\nCMD ["--help"]\n',
      'FROM a:1\nCMD ["x"]\nENTRYPOINT ./run.sh\n',
      'FROM a:1\nENTRYPOINT ./run.sh\n',
    ],
  },
  {
    code: 'dockerfile.source-outside-context',
    triggers: ['FROM a:1\nCOPY ../secret /x\n', 'FROM a:1\nADD src/../../x /x\n'],
    quiet: ['FROM a:1\nCOPY ./src/../lib /x\n', 'FROM a:1 AS b\nFROM c:1\nCOPY --from=b ../x /x\n'],
  },
  {
    code: 'dockerfile.workdir-relative-path',
    triggers: ['FROM a:1\nWORKDIR app\n'],
    quiet: ['FROM a:1\nWORKDIR /srv\nWORKDIR app\n', 'FROM a:1\nWORKDIR $HOME\n', '# escape=`\nFROM a:1\nWORKDIR C:\\app\n'],
  },
  {
    code: 'dockerfile.legacy-key-value',
    triggers: ['FROM a:1\nENV A 1\n', 'FROM a:1\nLABEL a b\n'],
    quiet: ['FROM a:1\nENV A=1\n', 'FROM a:1\nENV A=1 B=2\n'],
  },
];

export const practiceCases: readonly RuleCases[] = [
  {
    code: 'dockerfile.maintainer-deprecated',
    triggers: ['FROM a:1\nMAINTAINER me\n'],
    quiet: ['FROM a:1\nLABEL org.opencontainers.image.authors="me"\n'],
  },
  {
    code: 'dockerfile.add-instead-of-copy',
    triggers: ['FROM a:1\nADD app.js /app/\n', 'FROM a:1\nADD src /src\n'],
    quiet: ['FROM a:1\nADD rootfs.tar.xz /\n', 'FROM a:1\nADD https://x.org/a.zip /a.zip\n', 'FROM a:1\nADD git@github.com:a/b.git /b\n'],
  },
  {
    code: 'dockerfile.run-cd',
    triggers: ['FROM a:1\nRUN cd /app\n', 'FROM a:1\nRUN cd /app && make\n'],
    quiet: ['FROM a:1\nRUN make -C /app\n', 'FROM a:1\nRUN git clone x && cd x && make\n'],
  },
  {
    code: 'dockerfile.apt-update-alone',
    triggers: ['FROM a:1\nRUN apt-get update\nRUN apt-get install -y curl\n'],
    quiet: ['FROM a:1\nRUN apt-get update && apt-get install -y curl\n', 'FROM a:1\nRUN apt-get update && apt-get upgrade -y\n'],
  },
  {
    code: 'dockerfile.apt-install-yes',
    triggers: ['FROM a:1\nRUN apt-get install -s curl && apt-get install curl\n', 'FROM a:1\nRUN apt-get update && apt-get install curl\n'],
    quiet: [
      'FROM a:1\nRUN apt-get install -y curl\n',
      'FROM a:1\nRUN apt-get install -qy curl\n',
      'FROM a:1\nRUN apt-get -y install curl\n',
      'FROM a:1\nRUN apt-get install --yes curl\n',
      'FROM a:1\nRUN if apt-get install -s "pkg-jit" > /dev/null 2>&1; then apt-get install -y pkg-jit; fi\n',
      'FROM a:1\nRUN apt-get install $APT_OPTS curl\n',
      'FROM a:1\nRUN yes | apt-get install curl\n',
      'FROM a:1\nRUN apt-get -o APT::Get::Assume-Yes=true install curl\n',
    ],
  },
  {
    code: 'dockerfile.apt-no-install-recommends',
    triggers: ['FROM a:1\nRUN apt-get install -y curl\n'],
    quiet: [
      'FROM a:1\nRUN apt-get install -y --no-install-recommends curl\n',
      'FROM a:1\nRUN apt-get update\n',
      'FROM a:1\nRUN apt-get install --dry-run curl\n',
      'FROM a:1\nRUN apt-get install -y ${APT_FLAGS} curl\n',
    ],
  },
  {
    code: 'dockerfile.apt-lists-not-removed',
    triggers: [
      'FROM a:1 AS base\nRUN apt-get update && apt-get install -y --no-install-recommends gcc\nFROM base AS app\nRUN true\n',
      'FROM a:1\nRUN apt-get update && apt-get install -y curl && apt-get clean\n',
      'FROM a:1\nRUN apt-get update && apt-get install -y curl\n',
    ],
    quiet: [
      'FROM a:1\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n',
      'FROM a:1\nRUN --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y curl\n',
      'FROM a:1\nRUN set -eux; apt-get update; apt-get install -y --no-install-recommends curl; apt-get dist-clean\n',
      'FROM a:1\nRUN apt-get install -s curl\n',
      'FROM a:1 AS build\nRUN apt-get update && apt-get install -y --no-install-recommends gcc\nFROM b:1\nCOPY --from=build /x /x\n',
    ],
  },
  {
    code: 'dockerfile.apk-no-cache',
    triggers: ['FROM a:1\nRUN apk add curl\n', 'FROM a:1\nRUN apk update && apk add curl\n'],
    quiet: [
      'FROM a:1\nRUN apk add --no-cache curl\n',
      'FROM a:1\nRUN --mount=type=cache,target=/var/cache/apk apk add curl\n',
      'FROM a:1\nRUN apk add --no-network --virtual .rundeps $runDeps\n',
      'FROM a:1\nRUN set -eux; apk add --no-cache --virtual .build-deps gcc; make; apk add --no-network --virtual .run-deps so:libc.musl; apk del --no-network .build-deps\n',
      'FROM a:1 AS build\nRUN apk add gcc\nFROM scratch\nCOPY --from=build /x /x\n',
    ],
  },
  {
    code: 'dockerfile.shell-form-command',
    triggers: [
      'FROM a:1 AS base\nSHELL ["/bin/bash", "-c"]\nFROM b:1\nCMD ./run.sh\n',
      'FROM a:1\nONBUILD CMD node app.js\n',
      'FROM a:1\nCMD node app.js\n',
      'FROM a:1\nENTRYPOINT ./run.sh\n',
    ],
    quiet: [
      'FROM a:1\nCMD ["node", "app.js"]\n',
      'FROM a:1\nRUN node x\n',
      'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nCMD c:\\\\app\\\\run.exe --flag\n',
      'FROM a:1 AS base\nSHELL ["/bin/bash", "-c"]\nFROM base\nENTRYPOINT exec ./run.sh\n',
    ],
  },
  {
    code: 'dockerfile.secrets-in-arg-env',
    triggers: [
      'FROM a:1\nARG GITHUB_TOKEN\n',
      'FROM a:1\nENV DB_PASSWORD=x\n',
      'FROM a:1\nENV AWS_SECRET_ACCESS_KEY=x\n',
      'FROM a:1\nARG API_KEY\n',
    ],
    quiet: [
      'FROM a:1\nENV DB_PASSWORD_FILE=/run/secrets/db\n',
      'FROM a:1\nARG TOKEN_URL=https://x\n',
      'FROM a:1\nENV PASSENGER_VERSION=6\n',
      'FROM a:1\nENV GPG_KEYS=ABC\n',
      'FROM a:1\nENV TOKEN_ENDPOINT=https://auth/x\n',
      'FROM a:1\nENV AUTH_MODE=oidc PASSWORD_MIN_LENGTH=12\n',
    ],
  },
  {
    code: 'dockerfile.base-image-latest',
    triggers: ['FROM ubuntu\n', 'FROM ubuntu:latest\n', 'FROM registry:5000/team/app\n'],
    quiet: [
      'FROM ubuntu:24.04\n',
      'FROM scratch\n',
      'FROM ubuntu:24.04 AS base\nFROM base\n',
      'ARG IMG=ubuntu\nFROM $IMG\n',
      'FROM ubuntu@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n',
    ],
  },
  {
    code: 'dockerfile.sudo-in-run',
    triggers: ['FROM a:1\nRUN sudo apt-get install -y x\n', 'FROM a:1\nRUN make && sudo make install\n'],
    quiet: ['FROM a:1\nRUN apt-get install -y sudo\n'],
  },
  {
    code: 'dockerfile.last-user-root',
    triggers: ['FROM a:1\nUSER app\nRUN x\nUSER root\n', 'FROM a:1\nUSER 0:0\n'],
    quiet: ['FROM a:1\nUSER root\nRUN x\nUSER app\n', 'FROM a:1\nRUN x\n', 'FROM a:1 AS b\nUSER root\nFROM c:1\nUSER app\n'],
  },
  {
    code: 'dockerfile.expose-ssh',
    triggers: ['FROM a:1\nEXPOSE 22\n', 'FROM a:1\nEXPOSE 80 22/tcp\n'],
    quiet: ['FROM a:1\nEXPOSE 2222 80\n'],
  },
  {
    code: 'dockerfile.consecutive-run',
    triggers: ['FROM a:1\nRUN a\nRUN b\n'],
    quiet: ['FROM a:1\nRUN a\nCOPY x y\nRUN b\n', 'FROM a:1\nRUN a\nRUN --mount=type=cache,target=/c b\n'],
  },
  { code: 'dockerfile.stage-name-casing', triggers: ['FROM a:1 AS Build\n'], quiet: ['FROM a:1 AS build-env\n'] },
  {
    code: 'dockerfile.from-as-casing',
    triggers: ['FROM a:1 as build\n', 'from a:1 AS build\n'],
    quiet: ['FROM a:1 AS build\n', 'from a:1 as build\n'],
  },
  {
    code: 'dockerfile.instruction-casing',
    triggers: ['FROM a:1\nRun x\n', 'FROM a:1\nRUN x\nCOPY a b\nrun y\n'],
    quiet: ['from a:1\nrun x\n', 'FROM a:1\nRUN x\n'],
  },
  { code: 'dockerfile.expose-proto-casing', triggers: ['FROM a:1\nEXPOSE 80/TCP\n'], quiet: ['FROM a:1\nEXPOSE 80/tcp\n'] },
  {
    code: 'dockerfile.from-platform-const',
    triggers: ['FROM --platform=linux/amd64 a:1\n'],
    quiet: ['FROM --platform=$BUILDPLATFORM a:1\n', 'FROM --platform=linux/amd64 a:1 AS build-amd64\n'],
  },
  {
    code: 'dockerfile.redundant-target-platform',
    triggers: ['FROM --platform=$TARGETPLATFORM a:1\n'],
    quiet: ['FROM --platform=$BUILDPLATFORM a:1\n'],
  },
];

/** Rules that read the build context and the engine: checked against helpers.testEnvironment(). */
export const environmentCases: readonly RuleCases[] = [
  {
    code: 'dockerfile.copy-ignored-file',
    triggers: [
      'FROM a:1\nCOPY secrets/key.pem /k\n',
      'FROM a:1\nCOPY node_modules /app/node_modules\n',
      'FROM a:1\nADD debug.log /x\n',
      'FROM a:1\nCOPY debug*.log /logs/\n',
    ],
    quiet: [
      'FROM a:1\nCOPY app.js package.json /app/\n',
      'FROM a:1\nCOPY keep.log /x\n',
      'FROM a:1\nCOPY . /app\n',
      'FROM a:1 AS b\nFROM a:1\nCOPY --from=b secrets/key.pem /k\n',
      'FROM a:1\nCOPY $DIR /x\n',
      'FROM a:1\nCOPY src/*.js /app/\n',
      'FROM a:1\nCOPY *.log /logs/\n',
    ],
  },
  {
    code: 'dockerfile.invalid-base-image-platform',
    triggers: ['FROM arm-only:1\n', 'FROM --platform=linux/amd64 arm-only:1\n', 'FROM --platform=linux/arm64 node:20\n'],
    quiet: [
      'FROM node:20\n',
      'FROM --platform=linux/arm64 arm-only:1\n',
      'FROM --platform=$BUILDPLATFORM arm-only:1\n',
      'FROM not-local:1\n',
      'FROM node:20 AS a\nFROM a\n',
    ],
  },
];
