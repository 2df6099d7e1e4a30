// A visitor may ask their counsellor to erase their visit (« Mes données » lets them do it themselves): the
// counsellor confirms, the server deletes every row of the visit and logs who did it, without the code.
import { useState } from 'preact/hooks';
import { api } from '../api.js';
import { toast } from '../state.js';
import { Button } from '../ui/button.js';
import { ConfirmDialog } from '../ui/dialog.js';
import { NBSP } from '../ui/format.js';

export function EraseVisit({ code, onErased }: { code: string; onErased: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <section class="bloc sans-impression" aria-labelledby="titre-effacer-visite">
      <h3 id="titre-effacer-visite">Effacer cette visite</h3>
      <p>
        À la demande du visiteur ou de la visiteuse{NBSP}: la visite, ses choix, ce qui a été dit, les
        réponses aux questions et ce profil sont supprimés définitivement. Les statistiques anonymes déjà
        comptées restent. L’effacement est inscrit au journal, sans le code.
      </p>
      <Button id="bouton-effacer-visite" variant="danger" onClick={() => setOpen(true)}>
        Effacer la visite…
      </Button>
      <ConfirmDialog
        id="confirmer-effacement-visite"
        title={'Effacer cette visite\u202f?'}
        open={open}
        text={
          <p>
            Tout ce qui concerne la visite du code <strong>{code}</strong> sera supprimé et ne pourra pas être
            récupéré. Ce code ne donnera plus rien, ni ici ni sur la page «{NBSP}Mes données{NBSP}».
          </p>
        }
        confirmLabel="Effacer définitivement"
        onClose={() => setOpen(false)}
        onConfirm={async () => {
          await api.eraseProfile(code);
          toast('La visite a été effacée.');
          onErased();
        }}
      />
    </section>
  );
}
