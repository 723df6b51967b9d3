// The share explorer: renders /web/share/<hash> with links along the chain.
import * as fmt from './format.js';

const $ = (id) => document.getElementById(id);

function shareLink(h) {
  if (!h || h === 'None') return document.createTextNode('none');
  const a = document.createElement('a');
  a.href = '/share?hash=' + h;
  a.textContent = h;
  a.className = 'mono';
  return a;
}

function explorerLink(prefix, h) {
  if (!prefix) return document.createTextNode(h);
  const a = document.createElement('a');
  a.href = prefix + h;
  a.textContent = h;
  a.className = 'mono';
  return a;
}

function fill(id, rows) {
  const dl = $(id);
  dl.replaceChildren();
  for (const [k, v] of rows) {
    const dt = document.createElement('dt');
    dt.textContent = k;
    const dd = document.createElement('dd');
    if (v instanceof Node) dd.appendChild(v); else dd.textContent = String(v);
    dl.append(dt, dd);
  }
}

function list(nodes) {
  const span = document.createElement('span');
  nodes.forEach((n, i) => { if (i) span.append(', '); span.append(n); });
  if (nodes.length === 0) span.textContent = 'none';
  return span;
}

async function main() {
  const hash = new URLSearchParams(location.search).get('hash') || '';
  $('share-hash').textContent = hash || '(none given)';
  const [r, currency] = await Promise.all([
    fetch('/web/share/' + encodeURIComponent(hash || 'none'), { cache: 'no-store' }),
    fetch('/web/currency_info').then((x) => x.json()),
  ]);
  const body = await r.json();
  if (!r.ok) {
    $('message').textContent = body.error || 'HTTP ' + r.status;
    $('message').className = 'error';
    document.body.dataset.loaded = '1';
    return;
  }
  const s = body;
  const d = s.share_data;
  const b = s.block;
  fill('chain', [
    ['Type', s.type_name],
    ['Parent', shareLink(s.parent)],
    ['Far parent', shareLink(s.far_parent)],
    ['Children', list(s.children.map(shareLink))],
    ['Verified', s.local.verified ? 'yes' : 'no'],
    ['First seen', fmt.time(s.local.time_first_seen)],
    ['Received from', s.local.peer_first_received_from || 'self or cache'],
  ]);
  fill('share-data', [
    ['Timestamp', fmt.time(d.timestamp) + ' (' + d.timestamp + ')'],
    ['Difficulty', fmt.targetToDifficulty(d.target).toPrecision(6)],
    ['Minimum difficulty', fmt.targetToDifficulty(d.max_target).toPrecision(6)],
    ['Payout address', explorerLink(currency.address_explorer_url_prefix, d.payout_address)],
    ['Donation', fmt.percent(d.donation)],
    ['Stale info', d.stale_info || 'none'],
    ['Nonce', d.nonce],
    ['Desired version', d.desired_version],
    ['Absolute height', d.absheight],
    ['Absolute work', d.abswork],
  ]);
  fill('header', [
    ['Block hash', explorerLink(currency.block_explorer_url_prefix, b.hash)],
    ['Version', '0x' + b.header.version.toString(16)],
    ['Previous block', explorerLink(currency.block_explorer_url_prefix, b.header.previous_block)],
    ['Merkle root', b.header.merkle_root],
    ['Timestamp', fmt.time(b.header.timestamp)],
    ['Block difficulty', fmt.targetToDifficulty(b.header.target).toPrecision(6)],
    ['Nonce', b.header.nonce],
  ]);
  fill('gentx', [
    ['Hash', explorerLink(currency.tx_explorer_url_prefix, b.gentx.hash)],
    ['Value', fmt.coins(b.gentx.value, currency.symbol)],
    ['Coinbase', b.gentx.coinbase],
    ['Last txout nonce', b.gentx.last_txout_nonce],
  ]);
  $('txs').replaceChildren(...b.other_transaction_hashes.map((h) => {
    const li = document.createElement('li');
    li.append(explorerLink(currency.tx_explorer_url_prefix, h));
    return li;
  }));
  $('detail').hidden = false;
  document.body.dataset.loaded = '1';
}

main().catch((e) => { $('message').textContent = String(e); });
