import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import type { InvitationFragment, PersonFragment } from '@zi/schema/admin';
import { I18nProvider } from '@zi/ui';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { messages } from '../messages';
import { InvitationNotice } from './InvitationNotice';
import { PeopleTable } from './PeopleTable';
import { PersonForm } from './PersonForm';
import { SetPasswordPage } from './SetPasswordPage';

const client = new ApolloClient({ link: ApolloLink.empty(), cache: new InMemoryCache() });
const render = (node: ReactNode, url = '/') =>
  renderToStaticMarkup(
    <I18nProvider messages={messages}>
      <ApolloProvider client={client}>
        <MemoryRouter initialEntries={[url]}>{node}</MemoryRouter>
      </ApolloProvider>
    </I18nProvider>,
  );
const noop = () => undefined;
/** The roles as the API lists them (roleOptions): an operator's account belongs to a unit. */
const ROLE_CHOICES = [
  { role: 'ADMIN', needsUnit: false },
  { role: 'EVALUATOR', needsUnit: false },
  { role: 'UNIT_OPERATOR', needsUnit: true },
] as const;

const evaluator: PersonFragment = {
  id: 'VXNlcjoy',
  name: 'Rina Wulandari',
  email: 'rina@inspektorat.go.id',
  role: 'EVALUATOR',
  active: true,
  unit: null,
  workload: { units: 10, leading: 2, pendingReviews: 3 },
  viewerMay: { changeRole: true, deactivate: true },
};
const operator: PersonFragment = {
  id: 'VXNlcjoz',
  name: 'Budi Santoso',
  email: 'budi@unit.go.id',
  role: 'UNIT_OPERATOR',
  active: false,
  unit: { id: 'VW5pdDox', name: 'Puskesmas Sukamaju' },
  workload: null,
  viewerMay: { changeRole: true, deactivate: true },
};

describe('the people list', () => {
  it('shows each person’s role, status and, for an evaluator, the workload', () => {
    const html = render(
      <PeopleTable people={[evaluator, operator]} viewerId="VXNlcjoy" onEdit={noop} onInvitation={noop} />,
    );
    expect(html).toContain('Rina Wulandari<span class="muted"> (Anda)</span>');
    expect(html).toContain('10 unit · ketua tim di 2 · 3 LKE menunggu evaluasi');
    expect(html).toContain('Operator unit<span class="muted"> · Puskesmas Sukamaju</span>');
    expect(html).toContain('>Nonaktif</span>');
    // A deactivated account gets no password link.
    expect(html.split('data-testid="person-send-link"').length - 1).toBe(1);
  });
});

describe('the person form', () => {
  it('keeps the viewer from changing their own role or locking themselves out', () => {
    const html = render(
      <PersonForm
        person={{ ...evaluator, viewerMay: { changeRole: false, deactivate: false } }}
        roles={ROLE_CHOICES}
        onCreated={noop}
        onUpdated={noop}
        onCancel={noop}
      />,
    );
    expect(html).toMatch(/disabled=""[^>]*data-testid="person-role"/);
    expect(html).toMatch(/disabled=""[^>]*data-testid="person-active"/);
    expect(html).toContain('Anda tidak dapat mengubah peran atau menonaktifkan akun Anda sendiri.');
  });

  it('disables each field by its own answer from the API', () => {
    const html = render(
      <PersonForm
        person={{ ...evaluator, viewerMay: { changeRole: false, deactivate: true } }}
        roles={ROLE_CHOICES}
        onCreated={noop}
        onUpdated={noop}
        onCancel={noop}
      />,
    );
    expect(html).toMatch(/disabled=""[^>]*data-testid="person-role"/);
    expect(html).not.toMatch(/disabled=""[^>]*data-testid="person-active"/);
    const free = render(
      <PersonForm
        person={evaluator}
        roles={ROLE_CHOICES}
        onCreated={noop}
        onUpdated={noop}
        onCancel={noop}
      />,
    );
    expect(free).not.toContain('disabled=""');
  });

  it('asks an operator’s unit', () => {
    const html = render(
      <PersonForm person={operator} roles={ROLE_CHOICES} onCreated={noop} onUpdated={noop} onCancel={noop} />,
    );
    expect(html).toContain('<legend class="field__label"');
    expect(html).toContain('data-testid="person-unit"><strong>Puskesmas Sukamaju</strong>');
    expect(html).toContain('data-testid="person-unit-search"');
    const added = render(
      <PersonForm person={null} roles={ROLE_CHOICES} onCreated={noop} onUpdated={noop} onCancel={noop} />,
    );
    expect(added).not.toContain('person-unit-search');
    expect(added).toContain('>Buat akun</button>');
  });
});

describe('an invitation', () => {
  const invitation: InvitationFragment = {
    user: evaluator,
    mailed: false,
    link: 'http://localhost:4000/admin/kata-sandi?token=abc',
  };

  it('hands the link over with a way to copy it when mail does not reach people', () => {
    const html = render(<InvitationNotice invitation={invitation} renewed={false} onDismiss={noop} />);
    expect(html).toContain('Berikan tautan ini kepada Rina Wulandari');
    expect(html).toContain('Server ini belum dapat mengirim email');
    expect(html).toContain(
      'data-testid="invitation-link" value="http://localhost:4000/admin/kata-sandi?token=abc"',
    );
    expect(html).toContain('data-testid="invitation-copy">Salin tautan</button>');
    expect(html).not.toContain('tidak berlaku lagi');
  });

  it('says where the link was mailed, and that a new one replaces the old', () => {
    const html = render(
      <InvitationNotice invitation={{ ...invitation, mailed: true, link: null }} renewed onDismiss={noop} />,
    );
    expect(html).toContain('Tautan untuk membuat kata sandi sudah dikirim ke rina@inspektorat.go.id.');
    expect(html).toContain('Tautan yang diberikan sebelumnya tidak berlaku lagi.');
    expect(html).not.toContain('invitation-link');
  });
});

describe('the page a password link opens', () => {
  it('asks for the password twice', () => {
    const html = render(<SetPasswordPage />, '/kata-sandi?token=abcdefghijklmnopqrstuvwxyz');
    expect(html).toContain('<h1 id=');
    expect(html).toContain('data-testid="set-password-password"');
    expect(html).toContain('autoComplete="new-password"');
    expect(html).toContain('Ulangi kata sandi');
  });

  it('says what to do when the link lost its token', () => {
    const html = render(<SetPasswordPage />, '/kata-sandi');
    expect(html).toContain('Tautan ini tidak lengkap.');
    expect(html).not.toContain('set-password-password');
  });
});
