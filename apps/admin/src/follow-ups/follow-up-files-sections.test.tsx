import type { FollowUpFileItemFragment, FollowUpItemFragment } from '@zi/schema/admin';
import { translator } from '@zi/ui';
import { describe, expect, it } from 'vitest';
import { UploadProgress } from '../evidence/UploadProgress';
import { messages } from '../messages';
import { count, render } from '../monitoring/test-render';
import { FollowUpCard } from './FollowUpCard';
import { fileHref, fileSizeText } from './follow-up-files';
import { RespondForm } from './RespondForm';

const file = (patch: Partial<FollowUpFileItemFragment> = {}): FollowUpFileItemFragment => ({
  id: 'file1',
  name: 'SK Tim ZI.pdf',
  size: 12_600,
  mediaType: 'application/pdf',
  addedAt: '2026-11-20T03:00:00Z',
  addedByName: 'Sari Operator',
  downloadUrl: '/admin/follow-up-files/file1',
  ...patch,
});

const followUp = (files: FollowUpFileItemFragment[]): FollowUpItemFragment => ({
  id: 'fu1',
  description: 'Terbitkan SK tim kerja',
  ownerName: 'Sekretaris',
  dueOn: '2026-12-15',
  status: 'IN_PROGRESS',
  overdue: false,
  response: null,
  reviewNote: null,
  evidenceUrl: null,
  respondedAt: null,
  verifiedAt: null,
  unit: { id: 'u1', name: 'Dinas Kesehatan' },
  files,
  viewerMay: { respond: true, respondWith: ['IN_PROGRESS', 'DONE'], changeFiles: true, review: false },
});

const noop = () => undefined;

describe('the files on a follow-up card', () => {
  it('opens a PDF or an image in a new tab, in place, and downloads anything else', () => {
    const docx = file({
      id: 'file2',
      name: 'Notulen.docx',
      size: 2_400_000,
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      downloadUrl: '/admin/follow-up-files/file2',
    });
    const html = render(<FollowUpCard followUp={followUp([file(), docx])} />);
    expect(html).toContain('Berkas bukti dukung');
    expect(count(html, 'data-testid="follow-up-file"')).toBe(2);
    expect(html).toContain(
      'href="/admin/follow-up-files/file1?inline=1" target="_blank" rel="noopener noreferrer"',
    );
    expect(html).toContain('SK Tim ZI.pdf<span class="visually-hidden"> (dibuka di tab baru)</span>');
    expect(html).toContain('href="/admin/follow-up-files/file2" download=""');
    expect(html).toContain('12,3 KB · diunggah oleh Sari Operator');
    expect(html).toContain('2,3 MB');
  });

  it('says nothing of files when there are none', () => {
    expect(render(<FollowUpCard followUp={followUp([])} />)).not.toContain('follow-up-files');
  });

  it('sizes files in the reader’s language', () => {
    expect(fileSizeText(12_600, translator('id', messages))).toBe('12,3 KB');
    expect(fileSizeText(1_572_864, translator('en', messages))).toBe('1.5 MB');
    expect(fileSizeText(20, translator('id', messages))).toBe('0,1 KB');
    expect(fileHref(file({ mediaType: 'image/png' })).inline).toBe(true);
    expect(fileHref(file({ mediaType: 'video/mp4' }))).toEqual({
      href: '/admin/follow-up-files/file1',
      inline: false,
    });
  });
});

describe('answering with files', () => {
  it('lets the unit pick or drop several files, and remove attached ones on the card', () => {
    const html = render(<RespondForm followUp={followUp([file()])} onCancel={noop} onDone={noop} />);
    expect(html).toContain('Lampirkan berkas');
    expect(html).toMatch(
      /<input type="file" multiple="" accept="[^"]*\.pdf[^"]*"[^>]*data-testid="follow-up-file-input"/,
    );
    expect(html).toContain('Pilih berkas<span class="visually-hidden"> Terbitkan SK tim kerja</span>');
    // Listed once, on the card: removable there by whoever may answer, read-only for the rest.
    expect(html).not.toContain('data-testid="follow-up-file"');
    const removable = render(<FollowUpCard followUp={followUp([file()])} removableFiles />);
    expect(removable).toContain('Hapus<span class="visually-hidden"> SK Tim ZI.pdf</span>');
    expect(render(<FollowUpCard followUp={followUp([file()])} />)).not.toContain('follow-up-file-remove');
  });

  it('says why the API refused a file, in the viewer’s language', () => {
    const refusal = {
      message: 'SK.pdf: this kind of file is not accepted. Allowed: PDF, JPG.',
      extensions: {
        code: 'BAD_USER_INPUT',
        reason: 'FILE_TYPE_NOT_ALLOWED',
        name: 'SK.pdf',
        allowed: 'PDF, JPG',
      },
    };
    const rows = [
      { id: 1, name: 'SK.pdf', progress: 1, failure: { refusal, sessionEnded: false }, retry: noop },
      { id: 2, name: 'foto.jpg', progress: 0.5, failure: null, retry: noop },
    ];
    const html = render(<UploadProgress rows={rows} onDismiss={noop} />);
    expect(html).toContain(
      'data-testid="upload-error">SK.pdf: jenis berkas ini tidak diterima. Yang diterima: PDF, JPG.</span>',
    );
    expect(html).toContain('50%');
  });
});
