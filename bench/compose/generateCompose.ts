// A large but realistic compose file for timing: `count` services, each about 32 lines with
// build, ports, environment, volumes, healthcheck and depends_on, like a big micro-service repo.
export function generateCompose(count: number): string {
  const lines: string[] = ['x-defaults: &defaults', '  restart: unless-stopped', '  logging:', '    driver: json-file', '', 'services:'];
  for (let i = 0; i < count; i++) {
    lines.push(
      `  service-${i}:`,
      '    <<: *defaults',
      `    image: "example.org/service-${i}:\${TAG:-latest}"`,
      '    build:',
      `      context: ./services/s${i}`,
      '      args:',
      `        VERSION: "1.${i}"`,
      '    ports:',
      `      - "${10000 + i}:8080"`,
      '    environment:',
      `      SERVICE_NAME: service-${i}`,
      '      LOG_LEVEL: ${LOG_LEVEL:-info}',
      `      DATABASE_URL: postgres://db-${i % 10}:5432/app`,
      '    volumes:',
      `      - data-${i % 20}:/var/lib/app`,
      `      - ./config/s${i}:/etc/app:ro`,
      '    networks:',
      '      - backend',
      '    healthcheck:',
      '      test: ["CMD", "curl", "-f", "http://localhost:8080/health"]',
      '      interval: 30s',
      '      timeout: 5s',
      '      retries: 3',
      '    deploy:',
      '      resources:',
      '        limits:',
      '          memory: 256M',
      ...(i > 0 ? ['    depends_on:', `      service-${i - 1}:`, '        condition: service_healthy'] : []),
      '',
    );
  }
  lines.push('networks:', '  backend:', '    driver: bridge', 'volumes:');
  for (let v = 0; v < 20; v++) {
    lines.push(`  data-${v}:`);
  }
  return `${lines.join('\n')}\n`;
}
