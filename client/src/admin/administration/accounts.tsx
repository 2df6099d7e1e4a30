import { useEffect, useState } from 'preact/hooks';
import { api, type Invitation, type Site, type StaffAccount } from '../api.js';
import { toast, user } from '../state.js';
import { Button } from '../ui/button.js';
import { ConfirmDialog } from '../ui/dialog.js';
import { FormError } from '../ui/field.js';
import { ROLE_LABELS, dateTime } from '../ui/format.js';
import { PageHeader } from '../ui/page-header.js';
import { Table, byText } from '../ui/table.js';
import { AccountDialog, InvitationDialog, confirmTitle, statusOf } from './account-dialogs.js';
import { useList } from './use-list.js';

export function AccountsPage() {
  const { rows, error, reload } = useList(api.staff);
  const [sites, setSites] = useState<Site[]>([]);
  const [editing, setEditing] = useState<StaffAccount | 'new' | null>(null);
  const [shown, setShown] = useState<{ invitation: Invitation; account: StaffAccount } | null>(null);
  const [confirming, setConfirming] = useState<{ account: StaffAccount; action: 'reset' | 'toggle' } | null>(
    null,
  );
  useEffect(() => {
    api.sites().then(setSites, () => setSites([]));
  }, []);

  async function saved(invitation: Invitation | null, account: StaffAccount): Promise<void> {
    if (invitation) setShown({ invitation, account });
    await reload();
  }

  const target = confirming?.account ?? null;
  return (
    <section>
      <PageHeader
        title="Comptes"
        intro={<p>Les personnes qui utilisent l’espace professionnel, leur rôle et leurs sites.</p>}
        actions={
          <Button variant="principal" onClick={() => setEditing('new')}>
            Créer un compte
          </Button>
        }
      />
      <FormError id="erreur-comptes" message={error} />
      {rows && (
        <Table
          id="tableau-comptes"
          caption="Comptes de l’espace professionnel"
          rows={rows}
          rowKey={(a) => a.id}
          rowAttributes={(a) => ({ 'data-compte': a.email })}
          sort={{ key: 'nom', direction: 'ascending' }}
          empty={<p>Aucun compte.</p>}
          columns={[
            {
              key: 'nom',
              label: 'Nom',
              rowHeader: true,
              compare: byText((a) => a.displayName),
              render: (a) => (
                <>
                  {a.displayName}
                  <span class="description">{a.email}</span>
                </>
              ),
            },
            {
              key: 'role',
              label: 'Rôle',
              compare: byText((a) => ROLE_LABELS[a.role]),
              render: (a) => ROLE_LABELS[a.role],
            },
            {
              key: 'sites',
              label: 'Sites',
              render: (a) => (a.sites.length ? a.sites.map((s) => s.name).join(', ') : '—'),
            },
            {
              key: 'connexion',
              label: 'Dernière connexion',
              compare: byText((a) => a.lastSignInAt),
              render: (a) => dateTime(a.lastSignInAt),
            },
            { key: 'statut', label: 'Statut', compare: byText(statusOf), render: statusOf },
            {
              key: 'actions',
              label: 'Actions',
              render: (a) => (
                <div class="actions-ligne">
                  <Button onClick={() => setEditing(a)} aria-label={`Modifier ${a.displayName}`}>
                    Modifier
                  </Button>
                  <Button
                    onClick={() => setConfirming({ account: a, action: 'reset' })}
                    aria-label={`Nouveau lien pour ${a.displayName}`}
                  >
                    Nouveau lien
                  </Button>
                  {a.id !== user.value?.id && (
                    <Button
                      variant={a.active ? 'danger' : 'secondaire'}
                      onClick={() => setConfirming({ account: a, action: 'toggle' })}
                      aria-label={`${a.active ? 'Désactiver' : 'Réactiver'} ${a.displayName}`}
                    >
                      {a.active ? 'Désactiver' : 'Réactiver'}
                    </Button>
                  )}
                </div>
              ),
            },
          ]}
        />
      )}
      <AccountDialog editing={editing} sites={sites} onClose={() => setEditing(null)} onSaved={saved} />
      <InvitationDialog shown={shown} onClose={() => setShown(null)} />
      <ConfirmDialog
        id="dialogue-confirmation-compte"
        open={confirming !== null}
        title={confirmTitle(target, confirming?.action ?? 'toggle')}
        text={
          <p>
            {confirming?.action === 'reset'
              ? 'Son mot de passe actuel, ses sessions et ses anciens liens ne servent plus. Vous obtiendrez un nouveau lien à lui transmettre.'
              : target?.active
                ? 'La personne est déconnectée tout de suite et ne peut plus se connecter. Vous pourrez réactiver le compte.'
                : 'La personne pourra de nouveau se connecter avec son mot de passe.'}
          </p>
        }
        confirmLabel={
          confirming?.action === 'reset'
            ? 'Créer un nouveau lien'
            : target?.active
              ? 'Désactiver'
              : 'Réactiver'
        }
        variant={confirming?.action === 'toggle' && target?.active ? 'danger' : 'principal'}
        onClose={() => setConfirming(null)}
        onConfirm={async () => {
          const { account, action } = confirming!;
          if (action === 'reset') {
            const { invitation } = await api.resetStaff(account.id);
            setShown({ invitation, account });
          } else {
            await api.updateStaff(account.id, { active: !account.active });
            toast(`Le compte de ${account.displayName} est ${account.active ? 'désactivé' : 'réactivé'}.`);
          }
          await reload();
        }}
      />
    </section>
  );
}
