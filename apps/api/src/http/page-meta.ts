import { fromGlobalId } from '../common/global-id.js';
import { escapeMarkup } from '../common/markup.js';
import type { Services } from '../common/services.js';

export interface PageMeta {
  title: string;
  description: string;
}

const SITE = 'Registri Zona Integritas';

const STAGE_PHRASES: Record<string, string> = {
  declared: 'telah mencanangkan Zona Integritas',
  building: 'sedang membangun Zona Integritas',
  self_assessed: 'telah menyelesaikan penilaian mandiri',
  tpi_evaluated: 'telah dievaluasi Tim Penilai Internal',
  proposed: 'diusulkan ke KemenPANRB',
  wbk: 'berpredikat Menuju WBK',
  wbbm: 'berpredikat Menuju WBBM',
  not_awarded: 'belum ditetapkan oleh Tim Penilai Nasional',
  revoked: 'predikatnya telah dicabut',
};

const STATIC_PAGES: Record<string, PageMeta> = {
  '/statistik': {
    title: `Statistik · ${SITE}`,
    description:
      'Jumlah unit kerja per tahap Zona Integritas, per predikat WBK/WBBM, per instansi, wilayah dan tahun.',
  },
  '/verifikasi': {
    title: `Verifikasi pakta integritas · ${SITE}`,
    description:
      'Periksa apakah sebuah pakta integritas terdaftar: masukkan kode yang tercetak pada poster pakta.',
  },
  '/data': {
    title: `Data terbuka · ${SITE}`,
    description:
      'Unduh seluruh registri Zona Integritas dalam CSV dan JSON (CC BY 4.0), dengan kamus data dan checksum.',
  },
  '/api': {
    title: `API GraphQL publik · ${SITE}`,
    description:
      'Cara mengambil data registri Zona Integritas lewat API GraphQL publik: contoh curl, JavaScript, Python.',
  },
};

async function unitMeta(services: Services, globalId: string): Promise<PageMeta | null> {
  let id: string;
  try {
    const decoded = fromGlobalId(globalId);
    if (decoded.type !== 'Unit') return null;
    id = decoded.id;
  } catch {
    return null;
  }
  const unit = await services.units.byId(id, { kind: 'all' });
  if (!unit) return null;
  const stage = unit.currentStage ? STAGE_PHRASES[unit.currentStage] : 'belum membangun Zona Integritas';
  return {
    title: `${unit.name} · ${SITE}`,
    description: `${unit.name} ${stage}. Lini masa, predikat WBK/WBBM dan pakta integritasnya di registri terbuka.`,
  };
}

/** What a search engine or a link preview should say about a public page, without running scripts. */
export async function publicPageMeta(services: Services, pathname: string): Promise<PageMeta | null> {
  const unit = /^\/units\/([\w-]{1,200})\/?$/.exec(pathname);
  if (unit?.[1]) return unitMeta(services, unit[1]);
  return STATIC_PAGES[pathname.replace(/\/$/, '')] ?? null;
}

function setMeta(html: string, attribute: 'name' | 'property', key: string, content: string): string {
  const tag = `<meta ${attribute}="${key}" content="${escapeMarkup(content)}" />`;
  const existing = new RegExp(`<meta ${attribute}="${key}"[^>]*>`);
  return existing.test(html) ? html.replace(existing, tag) : html.replace('</head>', `    ${tag}\n  </head>`);
}

/** index.html with the page's title, description and Open Graph tags. */
export function withMeta(html: string, meta: PageMeta, url: string): string {
  let page = html.replace(/<title>[^<]*<\/title>/, `<title>${escapeMarkup(meta.title)}</title>`);
  page = setMeta(page, 'name', 'description', meta.description);
  page = setMeta(page, 'property', 'og:title', meta.title);
  page = setMeta(page, 'property', 'og:description', meta.description);
  page = setMeta(page, 'property', 'og:url', url);
  return setMeta(page, 'property', 'og:type', 'website');
}
