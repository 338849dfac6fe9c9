import { baseImages, type JavaLine } from '../baseImages';
import { composeText, dockerfileHeader, dockerignoreText, execForm, healthcheckOptions, serviceName } from '../commonFiles';
import type { ProjectFolder } from '../ProjectFolder';
import { portOf, portQuestion, type Question, type ScaffoldPlan } from '../ScaffoldPlan';

/** The Java feature release the build asks for (`java.version`, `maven.compiler.release`, a toolchain), if any. */
function javaVersionIn(text: string): number | undefined {
  const match =
    /<(?:java\.version|maven\.compiler\.release|maven\.compiler\.target|release)>\s*(?:1\.)?(\d+)\s*</.exec(text) ??
    /languageVersion(?:\.set\(|\s*=\s*)\s*JavaLanguageVersion\.of\((\d+)\)/.exec(text) ??
    /(?:sourceCompatibility|targetCompatibility)\s*=\s*['"]?(?:JavaVersion\.VERSION_)?(?:1[._])?(\d+)/.exec(text);
  return match ? Number(match[1]) : undefined;
}

/** The LTS line of the image table that runs code compiled for `wanted`: the oldest one at or above it. */
function javaLine(wanted: number | undefined): JavaLine {
  const lines = Object.keys(baseImages.java)
    .map(Number)
    .sort((a, b) => a - b) as JavaLine[];
  return (wanted === undefined ? undefined : lines.find(l => l >= wanted)) ?? baseImages.javaDefault;
}

/** Spring Boot's port: server.port in application.properties/yml, else its default 8080. */
function springPort(folder: ProjectFolder): number {
  const properties = folder.read('src/main/resources/application.properties') ?? '';
  const yaml = folder.read('src/main/resources/application.yml') ?? folder.read('src/main/resources/application.yaml') ?? '';
  const match = /^server\.port\s*[=:]\s*(\d+)/m.exec(properties) ?? /^server:\s*\n\s+port:\s*(\d+)/m.exec(yaml);
  return match ? Number(match[1]) : 8080;
}

type Tool = 'maven' | 'gradle';

export function detectJava(folder: ProjectFolder): ScaffoldPlan | undefined {
  const tool: Tool | undefined = folder.exists('pom.xml')
    ? 'maven'
    : folder.exists('build.gradle') || folder.exists('build.gradle.kts')
      ? 'gradle'
      : undefined;
  if (!tool) {
    return undefined;
  }
  const buildFile = tool === 'maven' ? 'pom.xml' : folder.exists('build.gradle.kts') ? 'build.gradle.kts' : 'build.gradle';
  const text = folder.read(buildFile) ?? '';
  const wanted = javaVersionIn(text);
  const line = javaLine(wanted);
  const images = baseImages.java[line];
  const spring = /spring-boot/.test(text);
  const wrapper = tool === 'gradle' && folder.exists('gradlew');
  const detectedPort = spring ? springPort(folder) : undefined;
  const questions: Question[] = detectedPort === undefined ? [portQuestion('8080')] : [];
  const label = tool === 'maven' ? 'Java (Maven)' : 'Java (Gradle)';
  // The runnable jar: Spring Boot's (bootJar) or the project's own; -plain, -sources and -javadoc jars are not it.
  const pickJar = (dir: string) =>
    `find ${dir} -maxdepth 1 -name '*.jar' ! -name '*-plain.jar' ! -name '*-sources.jar' ! -name '*-javadoc.jar' -exec cp {} /out/app.jar \\;`;
  const build =
    tool === 'maven'
      ? [
          `FROM ${images.maven} AS build`,
          'WORKDIR /src',
          '# Dependencies first: this layer is reused until pom.xml changes.',
          'COPY pom.xml ./',
          'RUN --mount=type=cache,target=/root/.m2 \\',
          '    mvn -B -q dependency:go-offline',
          'COPY src ./src',
          'RUN --mount=type=cache,target=/root/.m2 \\',
          '    mvn -B -q package -DskipTests \\',
          ` && mkdir -p /out && ${pickJar('target')}`,
        ]
      : [
          `FROM ${wrapper ? images.jdk : images.gradle} AS build`,
          'WORKDIR /src',
          'COPY . .',
          'RUN --mount=type=cache,target=/root/.gradle \\',
          `    ${wrapper ? './gradlew' : 'gradle'} --no-daemon -q ${spring ? 'bootJar' : 'jar'} \\`,
          ` && mkdir -p /out && ${pickJar('build/libs')}`,
        ];
  return {
    stack: tool,
    folder: folder.root,
    label,
    facts: [
      `${buildFile}${wanted ? `, Java ${wanted}` : ''}: built with ${tool === 'maven' ? 'Maven' : wrapper ? 'the Gradle wrapper' : 'Gradle'} on JDK ${line}, run on its JRE`,
      spring
        ? `Spring Boot, listens on port ${detectedPort}`
        : 'runs the jar the build makes (it must be runnable: a Main-Class and its dependencies)',
    ],
    questions,
    generate: answers => {
      const port = portOf(answers.port, detectedPort);
      const dockerfile = [
        dockerfileHeader(`A Java app (${tool === 'maven' ? 'Maven' : 'Gradle'})`),
        ...build,
        '',
        `FROM ${images.jre} AS runtime`,
        '# An unprivileged user to run the app.',
        'RUN addgroup -S app && adduser -S -G app -H app',
        'COPY --from=build /out/app.jar /app/app.jar',
        'USER app',
        ...(port !== undefined
          ? [`EXPOSE ${port}`, `HEALTHCHECK ${healthcheckOptions} \\`, `    CMD ${execForm(['nc', '-z', '127.0.0.1', String(port)])}`]
          : []),
        '# The JVM sizes its heap from the container memory limit.',
        `ENTRYPOINT ${execForm(['java', '-XX:MaxRAMPercentage=75', '-jar', '/app/app.jar'])}`,
        '',
      ].join('\n');
      return {
        dockerfile,
        dockerignore: dockerignoreText('Build output (the image builds its own)', tool === 'maven' ? ['target'] : ['build', '.gradle']),
        compose: composeText({ service: serviceName(folder.name), port }),
      };
    },
  };
}
