import type { ImageLayerAnalysis, LayerFile } from '../../../engine';
import { formatBytes } from '../../util/format';

const marks: Record<LayerFile['kind'], string> = { added: '+', changed: '~', removed: '-' };

/**
 * The layer explorer as a document: the image's efficiency and wasted space (as dive computes
 * them), the biggest wasters, then each layer with its instruction, size and the paths it adds
 * (+), changes (~) and removes (-).
 */
export function layersText(ref: string, analysis: ImageLayerAnalysis): string {
  const lines = [
    `Layers of ${ref}`,
    '',
    `Total size:      ${formatBytes(analysis.totalSize)} in ${analysis.layers.length} layers`,
    `Wasted space:    ${formatBytes(analysis.wastedBytes)} (${analysis.wastedBytes} bytes)`,
    `Efficiency:      ${(analysis.efficiency * 100).toFixed(2)} %`,
  ];
  if (analysis.inefficiencies.length) {
    lines.push('', 'Wasted by (written more than once or removed later):');
    for (const item of analysis.inefficiencies.slice(0, 50)) {
      lines.push(`  ${formatBytes(item.cumulativeSize).padStart(9)}  ${String(item.count).padStart(2)}×  /${item.path}`);
    }
  }
  analysis.layers.forEach((layer, i) => {
    lines.push('', `Layer ${i + 1}  ${formatBytes(layer.size)}  ${layer.instruction || '(no instruction recorded)'}`);
    for (const file of [...layer.files].sort((a, b) => a.path.localeCompare(b.path))) {
      const size = file.type === 'file' || file.kind === 'removed' ? formatBytes(file.size) : '';
      lines.push(
        `  ${marks[file.kind]} /${file.path}${file.type === 'directory' ? '/' : ''}${file.linkTarget ? ` → ${file.linkTarget}` : ''}${size ? `  ${size}` : ''}`,
      );
    }
  });
  return `${lines.join('\n')}\n`;
}
