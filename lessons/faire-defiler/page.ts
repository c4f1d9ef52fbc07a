/**
 * The long practice page: a fictional library's practical information, in French whatever the
 * learner's language (it stands for a real French web page). The « Bravo » button is slipped in
 * between these entries, deeper at each level.
 */
export const PAGE_TITLE = 'Médiathèque des Tilleuls';
export const PAGE_SUBTITLE = 'Horaires et services';
export const PAGE_END = 'Fin de la page';

export const PAGE_ENTRIES: readonly { title: string; detail: string }[] = [
  { title: 'Lundi', detail: 'Fermé' },
  { title: 'Mardi', detail: 'De 10 h à 18 h' },
  { title: 'Mercredi', detail: 'De 10 h à 18 h' },
  { title: 'Jeudi', detail: 'De 14 h à 18 h' },
  { title: 'Vendredi', detail: 'De 10 h à 19 h' },
  { title: 'Samedi', detail: 'De 10 h à 17 h' },
  { title: 'Dimanche', detail: 'Fermé' },
  { title: 'Carte de lecteur', detail: 'Gratuite pour tout le monde' },
  { title: 'Prêt de livres', detail: '10 livres pendant 3 semaines' },
  { title: 'Ordinateurs', detail: '1 heure par jour, gratuit' },
  { title: 'Imprimer', detail: '10 centimes la page' },
  { title: 'Wi-Fi', detail: "Demandez le code à l'accueil" },
  { title: 'Atelier numérique', detail: 'Le mardi à 14 h' },
  { title: 'Aide pour les papiers', detail: 'Le samedi matin' },
  { title: 'Heure du conte', detail: 'Le mercredi à 10 h 30' },
  { title: 'Club de lecture', detail: 'Le premier jeudi du mois' },
  { title: 'Café tricot', detail: 'Le vendredi à 15 h' },
  { title: 'Journaux du jour', detail: 'Au premier étage' },
  { title: 'Livres en gros caractères', detail: 'Rayon bleu' },
  { title: 'Livres audio', detail: 'Rayon vert' },
  { title: 'Films et musique', detail: 'Au rez-de-chaussée' },
  { title: 'Retour des livres', detail: 'Boîte près de la porte' },
  { title: 'Ascenseur', detail: "À gauche de l'accueil" },
  { title: 'Adresse', detail: '3 place des Tilleuls (adresse inventée)' },
];
