import { addStyle, connectPage, element } from './pageHost';
import type { StatsPageMessage } from './statsProtocol';

/** The stats page: the `docker stats` table, replaced with each render the extension sends. */
const host = connectPage<StatsPageMessage, never>();
addStyle('pre { margin: 0; }');
const table = element('pre', 'mono', host.initial.text);
table.id = 'table';
document.body.append(table);
host.onMessage(message => {
  table.textContent = message.text;
});
