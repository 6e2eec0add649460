# Le registre des activités de traitement (article 30 du RGPD) qu'écrit `notice register` :
# noms des feuilles, intitulés des colonnes dans les termes de l'article 30 et mots fixes des
# cellules. Texte brut, sans Markdown. Les noms de feuilles (register-cover, register-record-*)
# ne dépassent pas 31 caractères et n'emploient aucun de : \ / ? * [ ].

register-title = Registre des activités de traitement — { $controller }
register-cover = Page de garde
register-cover-controller = Responsable du traitement
register-cover-company-number = Numéro d'entreprise
register-cover-contact = Coordonnées
register-cover-representative = Représentant dans l'Union (article 27 du { -gdpr })
register-cover-dpo = Délégué à la protection des données
register-cover-version = Version
register-cover-effective = Date de la présente version
register-dpo-none = Aucun délégué désigné
register-record-controller = Registre du responsable
register-record-processor = Registre du sous-traitant

register-controller-reference = Référence
register-controller-activity = Activité de traitement
register-controller-joint = Responsable conjoint du traitement
register-controller-purposes = Finalités du traitement
register-controller-basis = Base juridique
register-controller-subjects = Catégories de personnes concernées
register-controller-data = Catégories de données à caractère personnel
register-controller-recipients = Catégories de destinataires
register-controller-transfers = Transferts vers un pays tiers ou à une organisation internationale
register-controller-erasure = Délais prévus pour l'effacement
register-controller-security = Mesures de sécurité techniques et organisationnelles

register-processor-reference = Référence
register-processor-client = Responsable du traitement pour le compte duquel nous agissons
register-processor-processing = Catégories de traitements effectués pour le compte du responsable du traitement
register-processor-data = Catégories de données à caractère personnel
register-processor-sub-processors = Sous-traitants ultérieurs
register-processor-transfers = Transferts vers un pays tiers ou à une organisation internationale
register-processor-security = Mesures de sécurité techniques et organisationnelles

register-colon = { $label } :
register-labelled = { $label } : { $text }
register-undeclared = Non déclaré
register-not-applicable = Sans objet
register-further = Traitement ultérieur de : { $purpose }
register-special = (catégorie particulière de données à caractère personnel, article 9 du { -gdpr } : { $kind })
register-criminal = (données à caractère personnel relatives aux condamnations pénales et aux infractions, article 10 du { -gdpr })
register-interests = Intérêts légitimes : { $interests }
register-law = Disposition légale : { $law }
register-condition = Condition du traitement de catégories particulières de données : { $article }
register-criminal-basis = Fondement (article 10 du { -gdpr }) : { $basis }
register-role-processor = sous-traitant
register-role-controller = responsable du traitement
register-role-joint_controller = responsable conjoint du traitement
register-role-authority = autorité publique
register-internal = Au sein de notre organisation : { $unit }
register-no-recipients = Aucun
register-safeguards = Documents attestant de l'existence de garanties appropriées : { $safeguards }
register-transfers-unknown = Le lieu où certains destinataires traitent les données n'est pas déclaré
register-no-transfers = Aucun : les données ne sont pas transférées hors de l'Espace économique européen
register-client-list = Nom et coordonnées de chaque responsable du traitement : { $list }
register-instructions = Instructions : { $instructions }
register-no-sub-processors = Aucun
