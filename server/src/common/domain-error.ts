/** Every machine code the API can answer with (DESIGN: errors with codes). */
export type ErrorCode =
  | 'VALIDATION_FAILED'
  | 'MALFORMED_JSON'
  | 'JSON_TOO_DEEP'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'ROUTE_NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'AUTH_REQUIRED'
  | 'INVALID_TOKEN'
  | 'INVALID_CREDENTIALS'
  | 'FORBIDDEN_ROLE'
  | 'RATE_LIMITED'
  | 'SCENARIO_NOT_FOUND'
  | 'VERSION_NOT_FOUND'
  | 'SESSION_NOT_FOUND'
  | 'SESSION_CONFLICT'
  | 'FOLLOW_UP_CODE_INVALID'
  | 'FOLLOW_UP_CODE_TAKEN'
  | 'EVENT_SESSION_MISMATCH'
  | 'EVENT_BATCH_TOO_LARGE'
  | 'EVENT_DUPLICATE_IN_BATCH'
  | 'EVENT_PAYLOAD_TOO_LARGE'
  | 'SESSION_COMPLETED'
  | 'SESSION_EVENT_LIMIT'
  | 'EVENT_SEQ_TAKEN'
  | 'CHOICE_PATH_INCOMPLETE'
  | 'CHOICE_PATH_INVALID'
  | 'PROFILE_NOT_FOUND'
  | 'PROFILE_NOT_READY'
  | 'MY_DATA_NOT_FOUND'
  | 'DATABASE_UNAVAILABLE'
  | 'SERVER_STOPPING'
  | 'INTERNAL_ERROR'
  | 'PAIRING_CODE_INVALID'
  | 'PAIRING_CODE_EXPIRED'
  | 'PAIRING_CODE_USED'
  | 'DEVICE_NOT_FOUND'
  | 'DEVICE_TOKEN_REQUIRED'
  | 'DEVICE_TOKEN_INVALID'
  | 'STAFF_PIN_WRONG'
  | 'STAFF_PIN_NOT_SET'
  | 'SITE_NOT_FOUND'
  | 'AUDIO_EMPTY'
  | 'AUDIO_MISSING'
  | 'AUDIO_TOO_LARGE'
  | 'AUDIO_UNSUPPORTED'
  | 'STT_UNAVAILABLE'
  | 'STT_FAILED'
  | 'VOICE_LINE_NOT_FOUND'
  | 'VOICE_UNAVAILABLE'
  | 'VOICE_FAILED'
  | 'MEDIA_NAME_INVALID'
  | 'MEDIA_NOT_FOUND'
  | 'MEDIA_RANGE_NOT_SATISFIABLE'
  | 'SESSION_EXPIRED'
  | 'CSRF_TOKEN_INVALID'
  | 'ACCOUNT_LOCKED'
  | 'INVITATION_INVALID'
  | 'PASSWORD_TOO_SHORT'
  | 'PASSWORD_TOO_WEAK'
  | 'SITE_NAME_TAKEN'
  | 'SITE_IN_USE'
  | 'STAFF_NOT_FOUND'
  | 'STAFF_EMAIL_TAKEN'
  | 'LAST_ADMIN'
  | 'MAP_CHOICE_SESSION_COMPLETED'
  | 'MAP_CHOICE_STEP_MISMATCH'
  | 'JOB_NOT_FOUND'
  | 'MEDIA_EMPTY'
  | 'MEDIA_TOO_LARGE'
  | 'MEDIA_TYPE_UNSUPPORTED'
  | 'MEDIA_TYPE_MISMATCH'
  | 'MEDIA_NOT_EQUIRECTANGULAR'
  | 'MEDIA_DIMENSIONS_TOO_LARGE'
  | 'MEDIA_CORRUPT'
  | 'SCENARIO_ID_TAKEN'
  | 'DRAFT_CONFLICT'
  | 'DRAFT_REVISION_REQUIRED'
  | 'DRAFT_SOURCE_TOO_LARGE'
  | 'DRAFT_SOURCE_INVALID'
  | 'DRAFT_SAVE_NOT_FOUND';

/** HTTP status of each code: one exhaustive table, checked by the compiler. */
export const ERROR_STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  JSON_TOO_DEEP: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  ROUTE_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  AUTH_REQUIRED: 401,
  INVALID_TOKEN: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN_ROLE: 403,
  RATE_LIMITED: 429,
  SCENARIO_NOT_FOUND: 404,
  VERSION_NOT_FOUND: 404,
  SESSION_NOT_FOUND: 404,
  SESSION_CONFLICT: 409,
  FOLLOW_UP_CODE_INVALID: 400,
  FOLLOW_UP_CODE_TAKEN: 409,
  EVENT_SESSION_MISMATCH: 409,
  EVENT_BATCH_TOO_LARGE: 413,
  EVENT_DUPLICATE_IN_BATCH: 400,
  EVENT_PAYLOAD_TOO_LARGE: 413,
  SESSION_COMPLETED: 409,
  SESSION_EVENT_LIMIT: 409,
  EVENT_SEQ_TAKEN: 409,
  CHOICE_PATH_INCOMPLETE: 409,
  CHOICE_PATH_INVALID: 422,
  PROFILE_NOT_FOUND: 404,
  PROFILE_NOT_READY: 409,
  MY_DATA_NOT_FOUND: 404,
  DATABASE_UNAVAILABLE: 503,
  SERVER_STOPPING: 503,
  INTERNAL_ERROR: 500,
  PAIRING_CODE_INVALID: 400,
  PAIRING_CODE_EXPIRED: 410,
  PAIRING_CODE_USED: 410,
  DEVICE_NOT_FOUND: 404,
  DEVICE_TOKEN_REQUIRED: 401,
  DEVICE_TOKEN_INVALID: 401,
  STAFF_PIN_WRONG: 403,
  STAFF_PIN_NOT_SET: 409,
  SITE_NOT_FOUND: 404,
  AUDIO_EMPTY: 400,
  AUDIO_MISSING: 400,
  AUDIO_TOO_LARGE: 413,
  AUDIO_UNSUPPORTED: 415,
  // The headset tells "no server STT, use the fallback" (503) from a failed attempt (502).
  STT_UNAVAILABLE: 503,
  STT_FAILED: 502,
  VOICE_LINE_NOT_FOUND: 404,
  // No text-to-speech on this server (503) vs. every provider failed for this line (502): the
  // headset speaks with the browser or shows subtitles only.
  VOICE_UNAVAILABLE: 503,
  VOICE_FAILED: 502,
  MEDIA_NAME_INVALID: 400,
  MEDIA_NOT_FOUND: 404,
  MEDIA_RANGE_NOT_SATISFIABLE: 416,
  SESSION_EXPIRED: 401,
  CSRF_TOKEN_INVALID: 403,
  ACCOUNT_LOCKED: 429,
  INVITATION_INVALID: 404,
  PASSWORD_TOO_SHORT: 400,
  PASSWORD_TOO_WEAK: 400,
  SITE_NAME_TAKEN: 409,
  SITE_IN_USE: 409,
  STAFF_NOT_FOUND: 404,
  STAFF_EMAIL_TAKEN: 409,
  LAST_ADMIN: 409,
  MAP_CHOICE_SESSION_COMPLETED: 409,
  MAP_CHOICE_STEP_MISMATCH: 409,
  JOB_NOT_FOUND: 404,
  MEDIA_EMPTY: 400,
  MEDIA_TOO_LARGE: 413,
  MEDIA_TYPE_UNSUPPORTED: 415,
  MEDIA_TYPE_MISMATCH: 415,
  MEDIA_NOT_EQUIRECTANGULAR: 422,
  MEDIA_DIMENSIONS_TOO_LARGE: 422,
  MEDIA_CORRUPT: 422,
  SCENARIO_ID_TAKEN: 409,
  DRAFT_CONFLICT: 412,
  DRAFT_REVISION_REQUIRED: 428,
  DRAFT_SOURCE_TOO_LARGE: 413,
  DRAFT_SOURCE_INVALID: 400,
  DRAFT_SAVE_NOT_FOUND: 404,
};

/** Default French message of each code; a DomainError may give a more precise one. */
export const ERROR_MESSAGE: Record<ErrorCode, string> = {
  VALIDATION_FAILED: 'La requête contient des données invalides.',
  MALFORMED_JSON: 'Le corps de la requête n’est pas un JSON valide.',
  JSON_TOO_DEEP: 'Le corps de la requête est trop imbriqué (32\u00a0niveaux au plus).',
  PAYLOAD_TOO_LARGE: 'La requête est trop volumineuse.',
  UNSUPPORTED_MEDIA_TYPE: 'Le corps de la requête doit être envoyé en JSON (Content-Type: application/json).',
  ROUTE_NOT_FOUND: 'Cette adresse n’existe pas.',
  METHOD_NOT_ALLOWED: 'Cette adresse existe, mais pas pour cette méthode HTTP (voir l’en-tête Allow).',
  AUTH_REQUIRED: 'Connectez-vous pour accéder à cette page.',
  INVALID_TOKEN: 'Votre session a expiré ou n’est pas valide : reconnectez-vous.',
  INVALID_CREDENTIALS: 'Adresse électronique ou mot de passe incorrect.',
  FORBIDDEN_ROLE: 'Votre rôle ne permet pas d’accéder à cette ressource.',
  RATE_LIMITED: 'Trop de tentatives : réessayez dans un instant.',
  SCENARIO_NOT_FOUND: 'Ce scénario n’existe pas.',
  VERSION_NOT_FOUND: 'Cette version du scénario n’existe pas.',
  SESSION_NOT_FOUND: 'Cette session de visite n’existe pas.',
  SESSION_CONFLICT: 'Une session avec cet identifiant existe déjà pour un autre scénario.',
  FOLLOW_UP_CODE_INVALID: 'Le code de suivi n’est pas valide (10 caractères, par exemple ABCDE-FGHJK).',
  FOLLOW_UP_CODE_TAKEN: 'Ce code de suivi est déjà utilisé par une autre session.',
  EVENT_SESSION_MISMATCH: 'Un événement de ce lot appartient à une autre session.',
  EVENT_BATCH_TOO_LARGE: 'Le lot contient trop d’événements.',
  EVENT_DUPLICATE_IN_BATCH:
    'Le même identifiant d’événement apparaît deux fois dans le lot avec un contenu différent.',
  EVENT_PAYLOAD_TOO_LARGE: 'Le contenu de l’événement dépasse 8\u00a0Ko.',
  SESSION_COMPLETED: 'Cette visite est terminée\u00a0: elle n’accepte plus de nouvel événement.',
  SESSION_EVENT_LIMIT: 'Cette visite a atteint le nombre maximal d’événements.',
  EVENT_SEQ_TAKEN: 'Un autre événement de cette visite porte déjà ce numéro d’ordre (seq).',
  CHOICE_PATH_INCOMPLETE:
    'Des choix manquent encore : tous les événements de la session ne sont pas arrivés.',
  CHOICE_PATH_INVALID: 'Le parcours de choix ne correspond pas à cette version du scénario.',
  PROFILE_NOT_FOUND: 'Aucun parcours ne correspond à ce code de suivi.',
  PROFILE_NOT_READY: 'Ce parcours n’est pas encore terminé.',
  // The same answer for a code never given and for a visit already erased: the page never tells which.
  MY_DATA_NOT_FOUND:
    'Aucune donnée n’est enregistrée avec ce code. Vérifiez les 10\u00a0caractères\u00a0; si vous avez effacé vos données, il n’en reste rien.',
  DATABASE_UNAVAILABLE: 'La base de données est momentanément indisponible : réessayez dans un instant.',
  SERVER_STOPPING: 'Le serveur redémarre : réessayez dans un instant.',
  INTERNAL_ERROR: 'Erreur interne du serveur.',
  PAIRING_CODE_INVALID: 'Ce code d’appairage n’existe pas : vérifiez les six chiffres affichés.',
  PAIRING_CODE_EXPIRED: 'Ce code d’appairage a expiré : demandez-en un nouveau.',
  PAIRING_CODE_USED: 'Ce code d’appairage a déjà servi : demandez-en un nouveau.',
  DEVICE_NOT_FOUND: 'Ce casque n’existe pas ou a déjà été révoqué.',
  DEVICE_TOKEN_REQUIRED: 'Ce casque doit être appairé pour accéder à cette ressource.',
  DEVICE_TOKEN_INVALID: 'Ce casque n’est plus reconnu : appairez-le de nouveau.',
  STAFF_PIN_WRONG: 'Code PIN du personnel incorrect.',
  STAFF_PIN_NOT_SET: 'Aucun code PIN du personnel n’est défini pour ce casque.',
  SITE_NOT_FOUND: 'Ce site n’existe pas.',
  AUDIO_EMPTY: 'L’enregistrement est vide.',
  AUDIO_MISSING: 'Aucun fichier audio dans le formulaire (champ «\u00a0file\u00a0» attendu).',
  AUDIO_TOO_LARGE: 'L’enregistrement dépasse 2\u00a0Mo.',
  AUDIO_UNSUPPORTED: 'Format audio non reconnu\u00a0: WebM, Ogg, WAV ou MP4 attendu.',
  STT_UNAVAILABLE: 'La reconnaissance vocale n’est pas disponible sur ce serveur.',
  STT_FAILED: 'La reconnaissance vocale n’a pas répondu à temps. Réessayez ou choisissez une réponse.',
  VOICE_LINE_NOT_FOUND: 'Cette réplique n’existe pas dans cette version du scénario.',
  VOICE_UNAVAILABLE: 'La synthèse vocale n’est pas disponible sur ce serveur.',
  VOICE_FAILED: 'La synthèse vocale n’a pas pu produire cette réplique.',
  MEDIA_NAME_INVALID: 'Nom de média invalide (empreinte SHA-256 suivie de .jpg, .png, .webp, .webm ou .mp4).',
  MEDIA_NOT_FOUND: 'Ce média n’existe pas.',
  MEDIA_RANGE_NOT_SATISFIABLE: 'La plage d’octets demandée dépasse la taille du média.',
  SESSION_EXPIRED: 'Votre session a expiré\u00a0: reconnectez-vous.',
  CSRF_TOKEN_INVALID: 'Requête refusée (jeton anti-CSRF absent ou invalide)\u00a0: rechargez la page.',
  ACCOUNT_LOCKED: 'Trop de mots de passe erronés\u00a0: ce compte est verrouillé pour un moment.',
  INVITATION_INVALID:
    'Ce lien n’est plus valable (déjà utilisé, remplacé ou expiré)\u00a0: demandez-en un nouveau à un administrateur.',
  PASSWORD_TOO_SHORT: 'Le mot de passe doit compter au moins 12\u00a0caractères.',
  PASSWORD_TOO_WEAK: 'Ce mot de passe est trop facile à deviner.',
  SITE_NAME_TAKEN: 'Un site porte déjà ce nom.',
  SITE_IN_USE: 'Ce site a des visites, des casques ou des membres du personnel\u00a0: désactivez-le plutôt.',
  STAFF_NOT_FOUND: 'Ce compte n’existe pas.',
  STAFF_EMAIL_TAKEN: 'Un compte utilise déjà cette adresse électronique.',
  LAST_ADMIN: 'C’est le dernier compte administrateur actif\u00a0: nommez d’abord un autre administrateur.',
  MAP_CHOICE_SESSION_COMPLETED: 'Cette visite est terminée\u00a0: il n’y a plus de réponse à comprendre.',
  MAP_CHOICE_STEP_MISMATCH:
    'Cette visite n’en est pas à ce choix\u00a0: envoyez d’abord les événements en attente.',
  JOB_NOT_FOUND: 'Cette tâche n’existe pas ou n’est plus conservée.',
  MEDIA_EMPTY: 'Le fichier est vide (0 octet).',
  MEDIA_TOO_LARGE: 'Le fichier dépasse 40\u00a0Mo, la taille maximale d’une photo 360.',
  MEDIA_TYPE_UNSUPPORTED: 'Format non pris en charge pour une photo 360\u00a0: JPEG, PNG ou WebP attendu.',
  MEDIA_TYPE_MISMATCH: 'Le contenu du fichier ne correspond pas à son type déclaré.',
  MEDIA_NOT_EQUIRECTANGULAR:
    'Une photo 360 doit être deux fois plus large que haute (projection équirectangulaire, par exemple 4096\u00a0×\u00a02048).',
  MEDIA_DIMENSIONS_TOO_LARGE:
    'L’image dépasse 8192\u00a0×\u00a04096\u00a0pixels\u00a0: réduisez-la avant de l’envoyer.',
  MEDIA_CORRUPT: 'Le fichier est endommagé ou incomplet\u00a0: il ne peut pas être décodé.',
  SCENARIO_ID_TAKEN: 'Un scénario porte déjà cet identifiant\u00a0: choisissez-en un autre.',
  DRAFT_CONFLICT:
    'Quelqu’un d’autre a enregistré ce brouillon entre-temps\u00a0: comparez les deux textes avant d’enregistrer de nouveau.',
  DRAFT_REVISION_REQUIRED:
    'En-tête If-Match manquant ou invalide\u00a0: indiquez la révision du brouillon que vous modifiez (son ETag).',
  DRAFT_SOURCE_TOO_LARGE: 'Le texte du scénario dépasse 512\u00a0Ko\u00a0: rien n’a été enregistré.',
  DRAFT_SOURCE_INVALID:
    'Le texte du scénario contient des caractères invalides (texte non UTF-8 ou caractères de contrôle)\u00a0: rien n’a été enregistré.',
  DRAFT_SAVE_NOT_FOUND: 'Cet enregistrement du brouillon n’existe pas.',
};

export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: unknown,
  ) {
    super(message ?? ERROR_MESSAGE[code]);
  }
}
