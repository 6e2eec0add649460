# Tous les mots fixes d'une déclaration en français. Les messages utilisés dans le modèle
# peuvent contenir du Markdown ; ceux qui servent à composer des valeurs (noms, dates, durées,
# citations) sont du texte brut. Terminologie : version française du règlement (UE) 2016/679.
# Typographie : espace insécable avant « : » et dans les guillemets, espace fine avant ; ? !

-gdpr = RGPD
language-name = Français

## Dates, durées, citations

month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
date = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }

unit-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
unit-hours = { $count ->
    [one] { $count } heure
   *[other] { $count } heures
}
unit-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
unit-weeks = { $count ->
    [one] { $count } semaine
   *[other] { $count } semaines
}
unit-months = { $count } mois
unit-years = { $count ->
    [one] { $count } an
   *[other] { $count } ans
}
# Durée de vie d'un cookie de session.
lifetime-session = jusqu'à la fin de votre visite

# Style de citation du Journal officiel : « article 6, paragraphe 1, point a), du RGPD ».
cite = article { $article }{ $paragraph ->
    [none] {""}
   *[other] , paragraphe { $paragraph },
}{ $point ->
    [none] {""}
   *[other] {" "}point { $point }),
}
cite-subparagraph = { $cite } deuxième alinéa,
cite-and = { $first } et { $second }
cite-gdpr = { $cite } du { -gdpr }

# « Étiquette : texte » ; « Étiquette : » devant une liste.
colon = {"\u00A0"}:{" "}
colon-list = {"\u00A0"}:

# Listes : « a, b et c ». Une liste dont un élément contient une virgule, un point-virgule,
# un deux-points ou « et » est présentée à puces.
list-separator = {", "}
list-conjunction = et
# Un nom (« Coordonnées ») s'écrit dans une phrase avec une minuscule initiale, sauf s'il
# commence par un sigle ; `as-written` le garderait tel quel.
name-in-sentence = lower

act = { $kind ->
    [implementing] { $number ->
        [none] décision d'exécution de la Commission du { $date }
       *[other] décision d'exécution { $number } de la Commission du { $date }
    }
   *[decision] { $number ->
        [none] décision de la Commission du { $date }
       *[other] décision { $number } de la Commission du { $date }
    }
}
act-renewed = { $act }, renouvelée le { $date }
act-eu = UE
act-ec = CE

## Conservation

event-collection = la collecte
event-recording = l'enregistrement
event-first_contact = le premier contact
event-last_contact = le dernier contact
event-last_activity = votre dernière activité
event-application = votre candidature
event-end_of_contract = la fin du contrat
event-end_of_relationship = la fin de notre relation
event-end_of_employment = la fin de la relation de travail
event-end_of_financial_year = la clôture de l'exercice comptable
event-account_closure = la clôture de votre compte
event-consent_withdrawal = le retrait de votre consentement
retention-after = { $duration } après { $event }
retention-for = { $duration }
# « lorsque » exigerait une élision devant une voyelle (« lorsqu'un »), ce qu'un message ne peut pas faire.
retention-exception = plus longtemps dans les cas où { $exception }
retention-category = { $category } : { $retention }

## Bases juridiques et conditions

# Un seul nom par base, en minuscules : la déclaration met la capitale quand le nom ouvre une
# ligne, et joint plusieurs bases (« obligation légale et exécution d'un contrat »).
basis-consent = consentement
basis-contract = exécution d'un contrat
basis-legal_obligation = obligation légale
basis-vital_interests = intérêts vitaux
basis-public_task = mission d'intérêt public
basis-legitimate_interests = intérêts légitimes
basis-missing = base juridique non indiquée
retention-missing = durée non indiquée

special-racial_or_ethnic_origin = origine raciale ou ethnique
special-political_opinions = opinions politiques
special-religious_or_philosophical_beliefs = convictions religieuses ou philosophiques
special-trade_union_membership = appartenance syndicale
special-genetic = données génétiques
special-biometric = données biométriques aux fins d'identifier une personne de manière unique
special-health = données concernant la santé
special-sex_life_or_orientation = données concernant la vie sexuelle ou l'orientation sexuelle

condition-explicit_consent = votre consentement explicite
condition-employment = l'exécution de nos obligations et l'exercice de nos droits ou des vôtres en matière de droit du travail, de la sécurité sociale et de la protection sociale
condition-vital_interests = la sauvegarde de vos intérêts vitaux ou de ceux d'une autre personne physique, lorsque vous êtes dans l'incapacité physique ou juridique de donner votre consentement
condition-not_for_profit = les activités légitimes d'un organisme à but non lucratif à l'égard de ses membres
condition-made_public = des données que vous avez manifestement rendues publiques
condition-legal_claims = la constatation, l'exercice ou la défense de droits en justice
condition-substantial_public_interest = des motifs d'intérêt public important
condition-health_or_social_care = la médecine préventive ou la médecine du travail, les diagnostics médicaux, ou la prise en charge sanitaire ou sociale
condition-public_health = des motifs d'intérêt public dans le domaine de la santé publique
condition-archiving_or_research = des fins archivistiques dans l'intérêt public, de recherche scientifique ou historique, ou statistiques

exception-contract = nécessaire à la conclusion ou à l'exécution d'un contrat avec vous
exception-law = autorisée par le droit de l'Union ou le droit d'un État membre
exception-explicit_consent = votre consentement explicite

# Article 13, paragraphe 2, point e) : la fourniture est-elle exigée, et êtes-vous tenu de fournir les données ?
# Sous une finalité qui n'énumère pas ses données ($data = none), la phrase les nomme elle-même.
provision-statutory = { $data ->
    [none] la fourniture de vos données est exigée par la loi
   *[listed] fourniture exigée par la loi
}
provision-contractual = { $data ->
    [none] la fourniture de vos données est exigée par notre contrat avec vous
   *[listed] fourniture exigée par notre contrat avec vous
}
provision-contract_prerequisite = { $data ->
    [none] la fourniture de vos données est nécessaire pour conclure le contrat
   *[listed] fourniture nécessaire pour conclure le contrat
}
provision-voluntary = { $data ->
    [none] la fourniture de vos données est facultative
   *[listed] fourniture facultative
}
provision-alone = { $requirement }.
# Le champ `consequences` de la déclaration est la proposition principale qui suit « sans ces données, ».
provision-if-not = { $requirement } ; sans ces données, { $consequences }
source-third_party = Source : { $name }.
source-third_party-described = Source : { $name }, { $description }
source-third_party-unnamed = Source : un tiers.
source-public = Source : { $name }, source accessible au public.
source-public-unnamed = Source : des sources accessibles au public.
source-public-flag = Cette source est accessible au public.
source-data_subject = Mode de collecte : { $description }

## Transferts hors de l'EEE

transfer-adequacy = la Commission européenne a constaté que { $destination ->
        [international_organisation] cette organisation internationale
       *[other] ce pays
    } assure un niveau de protection adéquat ({ $decision }, { $article }).
transfer-adequacy-scope = Cette décision ne s'applique qu'aux destinataires suivants : { $scope }.
transfer-dpf = le destinataire est certifié au titre du cadre de protection des données UE-États-Unis, pour lequel la Commission européenne a constaté un niveau de protection adéquat ({ $decision }, { $article }).
transfer-safeguard = { $safeguard } ({ $article }).
transfer-scc-decision = Il s'agit des clauses types figurant dans la { $decision }.
transfer-derogation = le transfert repose sur une dérogation pour une situation particulière : { $derogation } ({ $article }).
transfer-compelling = le transfert est nécessaire aux fins des intérêts légitimes impérieux que nous poursuivons : { $interests } ({ $article }).
transfer-missing = aucun mécanisme de transfert n'est indiqué.

## Page

title-default = Déclaration de confidentialité — { $controller }
effective = En vigueur à partir du { $date }.
version = Version { $version }.
# Quand la déclaration n'a pas d'introduction propre.
intro = La présente déclaration de confidentialité vous explique comment { $controller } traite vos données à caractère personnel et quels sont vos droits au regard du règlement général sur la protection des données (règlement (UE) 2016/679, « { -gdpr } »).
toc-heading = Sommaire
other-languages = Cette déclaration de confidentialité dans d'autres langues
page-of = Page { $page } sur { $total }
pdf-controller = Responsable du traitement : { $name }
pdf-keywords = déclaration de confidentialité, RGPD, données à caractère personnel
separate-intro = Font l'objet de documents distincts :

## Premier niveau : les réponses qui tiennent sur un écran

summary-heading = En bref
summary-who = Responsable du traitement :
summary-why = Finalités, bases juridiques et durées de conservation :
summary-recipients = Destinataires :
summary-no-recipients = personne en dehors de notre organisation.
recipients-summary-processor = { $count ->
    [one] notre sous-traitant
   *[other] nos sous-traitants
}
recipients-summary-controller = { $count ->
    [one] un responsable du traitement distinct
   *[other] des responsables du traitement distincts
}
recipients-summary-joint_controller = { $count ->
    [one] un responsable conjoint du traitement
   *[other] des responsables conjoints du traitement
}
recipients-summary-authority = { $count ->
    [one] une autorité publique
   *[other] des autorités publiques
}
recipients-summary-see = voir « Communication de vos données »
recipients-summary-other = { $count ->
    [one] un autre destinataire
   *[other] d'autres destinataires
}
summary-transfers = Transferts hors de l'Espace économique européen :
summary-no-transfers = aucun.
summary-transfers-unknown = lieu de traitement non indiqué pour tous les destinataires.
summary-rights = Exercice de vos droits :
summary-objection = Vous pouvez vous opposer à tout moment à certains traitements : voir « Votre droit d'opposition ».
summary-complaint = Réclamation :
## Responsable du traitement

controller-heading = Responsable du traitement
# « sous le nom de » exigerait une élision devant une voyelle (« d'Atelier »).
trade-names = { $count ->
    [one] nom commercial : { $names }
   *[other] noms commerciaux : { $names }
}
company-number = Numéro d'entreprise : { $number }
label-website = Site web :
label-email = Courriel :
label-phone = Téléphone :
label-form = Formulaire :
label-complaint-page = Introduire une réclamation :
dpo-intro = Notre délégué à la protection des données :
dpo-none = Nous n'avons pas désigné de délégué à la protection des données.
representative-intro = Notre représentant dans l'Union européenne (article 27 du { -gdpr }) :

joint-heading = Responsabilité conjointe du traitement
joint-intro = Nous déterminons conjointement avec { $name } les finalités et les moyens de certains traitements : nous sommes responsables conjoints du traitement (article 26 du { -gdpr }).
joint-contact = Contact :
joint-essence = Les grandes lignes de notre accord :
joint-contact-us = { $controller } est votre point de contact pour ce traitement.
joint-contact-them = { $name } est votre point de contact pour ce traitement.
joint-rights = Indépendamment des termes de notre accord, vous pouvez exercer vos droits à l'égard de et contre chacun d'entre nous (article 26, paragraphe 3, du { -gdpr }).
joint-notice = Sa déclaration de confidentialité :

## Finalités, en détail

purposes-heading = Pourquoi nous traitons vos données
further-processing = Nous utilisons pour cette finalité des données collectées initialement pour une autre finalité : { $purpose }.
label-interests = Intérêts légitimes :
label-law = Disposition légale :
label-special = { $count ->
    [one] Catégorie particulière de données :
   *[other] Catégories particulières de données :
}
label-condition = Condition de traitement ({ $article }) :
special-law = Disposition légale : { $law }.
label-criminal = Données relatives aux condamnations pénales et aux infractions :
label-data = Données :

data-heading = Données traitées
data-special = Catégorie particulière : { $kind }.
data-criminal = Données relatives aux condamnations pénales et aux infractions.
col-purpose = Finalité

## Destinataires

recipients-heading = Communication de vos données
recipients-role-processor = { $count ->
    [one] **Sous-traitant**, qui traite vos données pour notre compte :
   *[other] **Sous-traitants**, qui traitent vos données pour notre compte :
}
recipients-role-controller = { $count ->
    [one] **Responsable du traitement distinct**, qui utilise vos données à ses propres fins :
   *[other] **Responsables du traitement distincts**, qui utilisent vos données à leurs propres fins :
}
recipients-role-joint_controller = { $count ->
    [one] **Responsable conjoint du traitement** (voir « Responsabilité conjointe du traitement ») :
   *[other] **Responsables conjoints du traitement** (voir « Responsabilité conjointe du traitement ») :
}
recipients-role-authority = { $count ->
    [one] **Autorité publique :**
   *[other] **Autorités publiques :**
}
recipients-role-other = { $count ->
    [one] **Autre destinataire :**
   *[other] **Autres destinataires :**
}
recipients-none = Nous ne communiquons vos données à caractère personnel à personne en dehors de notre organisation.
recipient-group = membre de notre groupe
recipient-list = La liste de ces destinataires :
recipient-notice = Sa déclaration de confidentialité :
disclosure-no-sale = Nous ne vendons pas vos données à caractère personnel.
disclosure-conditions = En outre :

storage-heading = Où vos données sont enregistrées
storage-provider = prestataire : { $provider }
storage-eea-only = Tous ces lieux se situent dans l'Espace économique européen (EEE).

transfers-heading = Vos données hors de l'Espace économique européen
transfer-copy = Copie des garanties :
transfer-more = Pour en savoir plus :

automated-heading = Décision individuelle automatisée
automated-profiling = Ce traitement comporte un profilage.
label-logic = Logique sous-jacente :
label-significance = Importance pour vous :
label-consequences = Conséquences prévues :
label-exception = Pourquoi cette décision est permise :
# Article 22, paragraphe 2, point b) : la loi qui autorise la décision prévoit elle-même les garanties.
automated-law = La loi qui autorise cette décision prévoit des mesures appropriées pour la sauvegarde de vos droits et libertés et de vos intérêts légitimes ({ $article }).
automated-rights = Vous avez le droit d'obtenir une intervention humaine, d'exprimer votre point de vue et de contester la décision ({ $article }).

processor-heading = En qualité de sous-traitant
processor-intro = Pour les activités suivantes, nous agissons en qualité de sous-traitant pour le compte d'un client ({ $article }) ; ce client est le responsable du traitement : adressez-lui vos demandes.
processor-client-notice = Sa déclaration de confidentialité :

cookies-heading = Cookies et technologies similaires
col-cookie = Nom
col-provider = Fournisseur
col-duration = Durée
col-consent = Consentement
cookie-essential = non requis (strictement nécessaire)
cookie-consent = requis
cookies-policy = Pour en savoir plus, consultez notre politique en matière de cookies :

security-heading = Sécurité
security-intro = Nos mesures de sécurité :
confidentiality-intro = Au sein de notre organisation :
compliance-heading = Cadre légal et contrôle
compliance-laws = Nous respectons en particulier :
compliance-principles = Nos engagements :
compliance-oversight = Contrôle de notre conformité :

## Droits

rights-heading = Vos droits
right-access-name = Droit d'accès
right-access-text = savoir si nous traitons des données vous concernant et en obtenir une copie.
right-rectification-name = Droit de rectification
right-rectification-text = faire corriger ou compléter vos données.
right-erasure-name = Droit à l'effacement
right-erasure-text = faire effacer vos données, notamment lorsqu'elles ne sont plus nécessaires.
right-restriction-name = Droit à la limitation du traitement
right-restriction-text = faire limiter l'utilisation de vos données.
right-portability-name = Droit à la portabilité des données
right-portability-text = recevoir les données que vous nous avez fournies dans un format structuré, couramment utilisé et lisible par machine, et les transmettre, ou nous les faire transmettre, à un autre responsable du traitement.
right-object-name = Droit d'opposition
right-object-text = voir « Votre droit d'opposition ».
right-withdraw-name = Droit de retirer votre consentement
right-withdraw-text = à tout moment, aussi simplement que vous l'avez donné, sans effet sur la licéité du traitement effectué auparavant.
right-automated-name = Droits relatifs aux décisions automatisées
right-automated-text = voir « Décision individuelle automatisée ».
purposes-concerned = { $count ->
    [one] Finalité concernée :
   *[other] Finalités concernées :
}
right-except = Ce droit ne s'applique pas aux traitements imposés par la loi ou nécessaires à une mission d'intérêt public :
rights-post = Demandes par courrier :
rights-response = Nous répondons dans les meilleurs délais, au plus tard un mois après réception de votre demande (trois mois pour les demandes complexes ou nombreuses) ; l'exercice de vos droits est gratuit, sauf demande manifestement infondée ou excessive ({ $article }).
objection-heading = Votre droit d'opposition
objection-general = Vous pouvez vous opposer à tout moment, pour des raisons tenant à votre situation particulière, au traitement de vos données à caractère personnel ({ $article }) ; nous y mettons alors fin, sauf si nous démontrons des motifs légitimes et impérieux qui prévalent sur vos intérêts, droits et libertés, ou si le traitement est nécessaire à la constatation, à l'exercice ou à la défense de droits en justice.
objection-marketing = Vous pouvez vous opposer à tout moment, sans avoir à vous justifier, au traitement de vos données à caractère personnel à des fins de prospection, y compris au profilage lié à cette prospection ({ $article }) ; nous y mettons alors fin.
complaint-heading = Introduire une réclamation
complaint-text = Vous pouvez introduire une réclamation auprès d'une autorité de contrôle, notamment dans l'État membre de votre résidence habituelle, de votre lieu de travail ou du lieu de la violation alléguée ({ $article }).
complaint-authority = L'autorité compétente à notre égard est :

changes-heading = Modifications
changes-default = Toute modification de la présente déclaration de confidentialité sera publiée sur cette page, avec sa nouvelle date d'entrée en vigueur.
paper-copy = Sur simple demande, nous vous envoyons une version papier de la présente déclaration.
history-intro = Versions précédentes :
glossary-heading = Lexique

## Illustration : une déclaration publiée, complétée par des hypothèses
illustration-heading = Illustration.
illustration-text = Ce texte n'est pas celui de l'organisation : il reprend les faits d'une déclaration publiée et les complète par des hypothèses, énumérées ci-dessous, là où la loi exige une information que l'original ne donne pas.

## Personnes concernées, source des données par groupe, traitements pour des clients
subjects-heading = Personnes concernées
label-subjects = Personnes concernées :
subjects-others = autres personnes concernées
# Le nom d'un groupe de personnes concernées déclaré par sa seule catégorie.
subjects-kind-customers = Clients
subjects-kind-prospects = Clients potentiels
subjects-kind-employees = Membres du personnel
subjects-kind-job_applicants = Candidats à un emploi
subjects-kind-website_visitors = Visiteurs de notre site internet
subjects-kind-client_representatives = Personnes de contact chez nos clients
subjects-kind-end_users = Utilisateurs des services que nous fournissons à nos clients
subjects-kind-patients = Patients
subjects-kind-pupils = Élèves
subjects-kind-members = Membres
subjects-kind-suppliers = Fournisseurs et leur personnel
subjects-kind-visitors = Visiteurs de nos locaux
# Données que nos propres systèmes génèrent ou enregistrent lorsque la personne utilise nos
# services ou vient dans nos locaux : obtenues par observation, et non fournies.
source-observed = Source : nos propres systèmes.
source-observed-described = Source : nos propres systèmes ({ $description }).
# Lorsque la source diffère d'un groupe de personnes concernées à l'autre, chaque phrase nomme
# les groupes qu'elle vise.
source-third_party-for = Source ({ $subjects }) : { $name }.
source-third_party-described-for = Source ({ $subjects }) : { $name }, { $description }
source-third_party-unnamed-for = Source ({ $subjects }) : un tiers.
source-public-for = Source ({ $subjects }) : { $name }, source accessible au public.
source-public-unnamed-for = Source ({ $subjects }) : des sources accessibles au public.
source-data_subject-for = Mode de collecte ({ $subjects }) : { $description }
source-data_subject-plain-for = Nous les recueillons auprès de vous ({ $subjects }).
source-observed-for = Source ({ $subjects }) : nos propres systèmes.
source-observed-described-for = Source ({ $subjects }) : nos propres systèmes ({ $description }).
# Article 13, paragraphe 2, point e), pour une catégorie d'une finalité, ou pour les groupes qui
# fournissent eux-mêmes les données.
provision-scoped = { $whom } : { $provision }
label-retention = Durée de conservation :
label-sub-processors = Nos sous-traitants ultérieurs :
label-instructions = Instructions du client :

## Modifications entre versions : `notice diff` et les résumés que la compilation inscrit dans
## l'historique. Arguments : $op (added, removed, changed, reordered, longer, shorter), $subject
## (la finalité, le destinataire ou la catégorie concernés), $old et $new (les valeurs avant et
## après, formulées comme dans la déclaration), $where (le chemin). Chaque message est une phrase.
diff-title = Modifications
diff-nothing = Aucune modification.
diff-class-material = substantielle
diff-class-editorial = rédactionnelle
diff-heading-material = Modifications substantielles
diff-heading-editorial = Modifications rédactionnelles
diff-compared = { $status ->
    [added] { $new } ({ $id }) : nouvelle déclaration de confidentialité
    [removed] { $old } ({ $id }) : déclaration de confidentialité retirée
   *[other] { $new } ({ $id }), comparée à { $old }
}
diff-summary = { $material ->
    [one] { $material } modification substantielle
   *[other] { $material } modifications substantielles
} et { $editorial ->
    [one] { $editorial } modification rédactionnelle
   *[other] { $editorial } modifications rédactionnelles
} dans { $count ->
    [one] { $count } déclaration de confidentialité
   *[other] { $count } déclarations de confidentialité
}
diff-none = aucun
diff-unnamed = désigné, nom non indiqué
diff-not-stated = non indiqué
history-replaced = { $count ->
    [0] Version remplacée le { $date }, avec des modifications rédactionnelles uniquement.
   *[other] Version remplacée le { $date }.
}
diff-declaration = { $op ->
    [added] Nouvelle déclaration de confidentialité.
   *[other] Déclaration de confidentialité retirée.
}
diff-purpose = { $op ->
    [added] Nouvelle finalité : { $subject }.
   *[other] Finalité abandonnée : { $subject }.
}
diff-basis = { $op ->
    [added] { $subject } : nouvelle base juridique : { $new }.
   *[other] { $subject } : le traitement ne repose plus sur cette base juridique : { $old }.
}
diff-special-condition = { $op ->
    [added] { $subject } : nouvelle condition de traitement des catégories particulières de données à caractère personnel : { $new }.
    [removed] { $subject } : cette condition de traitement des catégories particulières de données à caractère personnel n'est plus invoquée : { $old }.
   *[other] { $subject } : condition de traitement des catégories particulières de données à caractère personnel modifiée : { $new } (auparavant : { $old }).
}
diff-data-subject = { $op ->
    [added] Nouvelle catégorie de personnes concernées : { $subject }.
   *[other] Catégorie de personnes concernées dont nous ne traitons plus les données : { $subject }.
}
diff-purpose-subjects = { $op ->
    [added] { $subject } : les données de ces personnes sont désormais aussi traitées : { $new }.
   *[other] { $subject } : les données de ces personnes ne sont plus traitées : { $old }.
}
diff-purpose-data = { $op ->
    [added] { $subject } : ces données sont désormais aussi utilisées : { $new }.
   *[other] { $subject } : ces données ne sont plus utilisées : { $old }.
}
diff-purpose-recipient = { $op ->
    [added] { $subject } : les données sont désormais aussi communiquées à ce destinataire : { $new }.
   *[other] { $subject } : les données ne sont plus communiquées à ce destinataire : { $old }.
}
diff-retention = { $op ->
    [longer] { $subject } : durée de conservation allongée : { $new } (auparavant : { $old }).
    [shorter] { $subject } : durée de conservation raccourcie : { $new } (auparavant : { $old }).
    [added] { $subject } : durée de conservation désormais indiquée : { $new }.
    [removed] { $subject } : la durée de conservation n'est plus indiquée (auparavant : { $old }).
   *[other] { $subject } : durée de conservation modifiée : { $new } (auparavant : { $old }).
}
diff-marketing = { $op ->
    [added] { $subject } : les données sont désormais aussi utilisées à des fins de prospection.
   *[other] { $subject } : les données ne sont plus utilisées à des fins de prospection.
}
diff-automated = { $op ->
    [added] { $subject } : introduction d'une prise de décision automatisée.
    [removed] { $subject } : fin de la prise de décision automatisée.
   *[other] { $subject } : prise de décision automatisée modifiée.
}
diff-provision = { $subject } : le caractère obligatoire ou facultatif de la fourniture de ces données a changé.
diff-further = { $op ->
    [removed] { $subject } : n'est plus présenté comme un traitement ultérieur.
   *[other] { $subject } : traitement ultérieur de données collectées pour cette finalité : { $new }.
}
diff-right = { $op ->
    [added] { $subject } : vous disposez désormais de ce droit : { $new }.
   *[other] { $subject } : vous ne disposez plus de ce droit : { $old }.
}
diff-category = { $op ->
    [added] Nouvelle catégorie de données à caractère personnel : { $subject }.
   *[other] Catégorie de données à caractère personnel qui n'est plus traitée : { $subject }.
}
diff-category-nature = { $subject } : l'appartenance de ces données à une catégorie particulière, ou aux données relatives aux condamnations pénales et aux infractions, a changé.
diff-category-source = { $subject } : la source de ces données a changé.
diff-recipient = { $op ->
    [added] Nouveau destinataire : { $subject }{ $new }.
   *[other] Destinataire qui ne reçoit plus de données : { $subject }.
}
diff-recipient-identity = { $op ->
    [added] { $subject } : destinataire désormais désigné ainsi : { $new }.
    [removed] { $subject } : le destinataire n'est plus désigné ainsi : { $old }.
   *[other] { $subject } : destinataire désormais désigné ainsi : { $new } (auparavant : { $old }).
}
diff-recipient-role = { $subject } : le rôle de ce destinataire a changé.
diff-recipient-country = { $op ->
    [added] { $subject } : données traitées dans ce pays : { $new }.
    [removed] { $subject } : le pays de traitement n'est plus indiqué (auparavant : { $old }).
   *[other] { $subject } : données désormais traitées dans ce pays : { $new } (auparavant : { $old }).
}
diff-transfer = { $op ->
    [added] { $subject } : nouveau fondement du transfert : { $new }.
    [removed] { $subject } : le transfert ne repose plus sur ce fondement : { $old }.
   *[other] { $subject } : fondement du transfert modifié : { $new } (auparavant : { $old }).
}
diff-controller = { $op ->
    [added] Responsable du traitement : { $new }.
   *[other] Responsable du traitement : { $new } (auparavant : { $old }).
}
diff-controller-status = La qualité d'autorité publique du responsable du traitement a changé.
diff-dpo = { $op ->
    [added] Délégué à la protection des données : { $new }.
    [removed] Délégué à la protection des données : son nom n'est plus indiqué (auparavant : { $old }).
   *[other] Délégué à la protection des données : { $new } (auparavant : { $old }).
}
diff-representative = { $op ->
    [added] Représentant dans l'Union : { $new }.
    [removed] Représentant dans l'Union : il n'est plus indiqué (auparavant : { $old }).
   *[other] Représentant dans l'Union : { $new } (auparavant : { $old }).
}
diff-joint-controller = { $op ->
    [added] Nouveau responsable conjoint du traitement : { $subject }.
   *[other] N'est plus responsable conjoint du traitement : { $subject }.
}
diff-joint-controller-identity = { $op ->
    [added] Responsable conjoint du traitement : { $new }.
    [removed] { $subject } : coordonnées du responsable conjoint du traitement retirées (auparavant : { $old }).
   *[other] Responsable conjoint du traitement : { $new } (auparavant : { $old }).
}
diff-joint-purpose = { $op ->
    [added] { $subject } : désormais aussi responsable conjoint du traitement pour cette finalité : { $new }.
   *[other] { $subject } : n'est plus responsable conjoint du traitement pour cette finalité : { $old }.
}
diff-joint-contact-point = { $subject } : le responsable du traitement auquel adresser vos demandes a changé.
diff-authority = { $op ->
    [added] Autorité de contrôle : { $new }.
   *[other] Autorité de contrôle : { $new } (auparavant : { $old }).
}
diff-tracker = { $op ->
    [added] Nouveau cookie ou traceur : { $subject }.
   *[other] Cookie ou traceur qui n'est plus utilisé : { $subject }.
}
diff-tracker-detail = { $subject } : l'émetteur de ce cookie ou traceur, le destinataire de ses données ou la nécessité de votre consentement a changé.
diff-tracker-duration = { $op ->
    [longer] { $subject } : conservé plus longtemps sur votre appareil : { $new } (auparavant : { $old }).
    [shorter] { $subject } : conservé moins longtemps sur votre appareil : { $new } (auparavant : { $old }).
    [added] { $subject } : conservé sur votre appareil pendant { $new }.
    [removed] { $subject } : la durée de conservation sur votre appareil n'est plus indiquée (auparavant : { $old }).
   *[other] { $subject } : durée de conservation sur votre appareil modifiée : { $new } (auparavant : { $old }).
}
diff-storage = { $op ->
    [added] Nouveau lieu de stockage des données : { $subject }.
    [removed] Lieu de stockage qui n'est plus utilisé : { $subject }.
   *[other] { $subject } : le lieu de stockage des données a changé.
}
diff-no-sale = { $op ->
    [removed] Nous ne nous engageons plus à ne pas vendre de données à caractère personnel.
   *[other] Nous nous engageons désormais à ne pas vendre de données à caractère personnel.
}
diff-order = Ordre modifié : { $where }.
diff-wording = Formulation modifiée : { $where }.
diff-contact = Coordonnées ou lien modifiés : { $where }.
diff-version = Informations de version modifiées : { $where }.
diff-languages = Langues modifiées : { $where }.
diff-notice = Identifiant de la déclaration modifié : { $where }.
diff-site = Modalités de publication des pages web modifiées : { $where }.
diff-processor = Traitements effectués pour des clients modifiés : { $where }.
diff-register = Mentions propres au registre des activités de traitement (absentes de la déclaration de confidentialité) modifiées : { $where }.
diff-other = Modification non encore classée, traitée comme substantielle : { $where }.

## Règles sectorielles, droits par base juridique, conditions de l'article 9 (ticket 20)

# Une fourchette ou un plafond de conservation, comme durée de `retention-after` / `retention-for`.
retention-between = au moins { $minimum } et au plus { $maximum }
retention-at-least = au moins { $minimum }
retention-at-most = au plus { $maximum }

# Les conditions de l'article 9, paragraphe 2, dans les termes du règlement (les exigences
# posées à la loi sont laissées à `special_law`), le responsable du traitement étant « nous »
# et la personne concernée « vous ».
ground-explicit_consent = vous avez donné votre consentement explicite au traitement de ces données pour une ou plusieurs finalités spécifiques
ground-employment = le traitement est nécessaire aux fins de l'exécution de nos obligations et de l'exercice de nos droits propres ou des vôtres en matière de droit du travail, de la sécurité sociale et de la protection sociale
ground-vital_interests = le traitement est nécessaire à la sauvegarde de vos intérêts vitaux ou de ceux d'une autre personne physique, dans le cas où vous vous trouvez dans l'incapacité physique ou juridique de donner votre consentement
ground-not_for_profit = le traitement est effectué, dans le cadre de nos activités légitimes et moyennant les garanties appropriées, par notre organisme à but non lucratif poursuivant une finalité politique, philosophique, religieuse ou syndicale ; il se rapporte exclusivement à nos membres ou anciens membres ou aux personnes entretenant avec nous des contacts réguliers en liaison avec nos finalités, et les données ne sont pas communiquées en dehors de notre organisme sans votre consentement
ground-made_public = le traitement porte sur des données à caractère personnel que vous avez manifestement rendues publiques
ground-legal_claims = le traitement est nécessaire à la constatation, à l'exercice ou à la défense d'un droit en justice ou chaque fois que des juridictions agissent dans le cadre de leur fonction juridictionnelle
ground-substantial_public_interest = le traitement est nécessaire pour des motifs d'intérêt public important
ground-health_or_social_care = le traitement est nécessaire aux fins { $aims }
ground-public_health = le traitement est nécessaire pour des motifs d'intérêt public dans le domaine de la santé publique, tels que la protection contre les menaces transfrontalières graves pesant sur la santé, ou aux fins de garantir des normes élevées de qualité et de sécurité des soins de santé et des médicaments ou des dispositifs médicaux
ground-archiving_or_research = le traitement est nécessaire { $aims }
# Toutes les fins d'une condition, dans l'ordre du règlement ; puis chacune seule.
aims-health_or_social_care = de la médecine préventive ou de la médecine du travail, de l'appréciation de la capacité de travail du travailleur, de diagnostics médicaux, de la prise en charge sanitaire ou sociale, ou de la gestion des systèmes et des services de soins de santé ou de protection sociale
aims-archiving_or_research = à des fins archivistiques dans l'intérêt public, à des fins de recherche scientifique ou historique ou à des fins statistiques
aim-preventive_medicine = de la médecine préventive
aim-occupational_medicine = de la médecine du travail
aim-working_capacity = de l'appréciation de la capacité de travail du travailleur
aim-medical_diagnosis = de diagnostics médicaux
aim-care_provision = de la prise en charge sanitaire ou sociale
aim-care_management = de la gestion des systèmes et des services de soins de santé ou de protection sociale
aim-archiving = à des fins archivistiques dans l'intérêt public
aim-research = à des fins de recherche scientifique ou historique
aim-statistics = à des fins statistiques
special-secrecy = Vos données sont traitées par un professionnel soumis au secret professionnel ou sous sa responsabilité, ou par une autre personne également soumise à une obligation de secret ({ $article }).
# Article 10.
ground-criminal-law = le traitement est autorisé par le droit de l'Union ou par le droit d'un État membre qui prévoit des garanties appropriées pour vos droits et libertés
ground-criminal-official_authority = le traitement est effectué sous le contrôle de l'autorité publique
criminal-authority = Autorité : { $authority }.

# Droits par base juridique, et exceptions de l'article 17, paragraphe 3.
right-part = « { $purpose } », pour la partie fondée sur { $bases }
basis-part-consent = votre consentement
basis-part-contract = le contrat
basis-part-legal_obligation = une obligation légale
basis-part-vital_interests = des intérêts vitaux
basis-part-public_task = une mission d'intérêt public
basis-part-legitimate_interests = nos intérêts légitimes
right-except-public-health = Ce droit ne s'applique pas aux traitements nécessaires pour des motifs d'intérêt public dans le domaine de la santé publique :
right-except-archiving = Ce droit ne s'applique pas aux traitements à des fins archivistiques dans l'intérêt public, à des fins de recherche scientifique ou historique ou à des fins statistiques, dans la mesure où son exercice est susceptible de rendre impossible ou de compromettre gravement la réalisation des objectifs de ces traitements :
right-except-legal-claims = Ce droit ne s'applique pas aux traitements nécessaires à la constatation, à l'exercice ou à la défense de droits en justice :
right-limit = Limite pour « { $purpose } » : { $reason }

# Sujets de `notice diff` pour ces champs.
diff-special-aims = { $subject } : les fins pour lesquelles les catégories particulières de données à caractère personnel sont traitées ont changé.
diff-criminal-ground = { $subject } : le fondement du traitement des données relatives aux condamnations pénales et aux infractions a changé.
diff-activity = { $subject } : le type de traitement déclaré pour les règles du droit national a changé.
diff-rights-limit = { $op ->
    [added] { $subject } : nouvelle limite à l'un de vos droits.
   *[other] { $subject } : une limite à l'un de vos droits est levée.
}

## Draft preview (`notice build --draft`): the banner, the page mark of the PDF and the findings at the end.
draft-mark = Projet — ne pas publier
draft-heading = Projet — ne pas publier.
draft-text = { $count ->
    [0] Ce texte est un projet généré par `notice build --draft` ; `notice lint` ne signale aucun point à corriger dans son fichier source.
    [one] Ce texte est un projet généré par `notice build --draft` alors que `notice lint` signale encore un point à corriger dans son fichier source ; ce point figure à la fin du texte.
   *[other] Ce texte est un projet généré par `notice build --draft` alors que `notice lint` signale encore { $count } points à corriger dans son fichier source ; ils figurent à la fin du texte.
}
draft-findings-heading = Points à corriger avant publication
draft-findings-intro = Voici les points signalés par `notice lint`, reproduits en anglais, tels que l'outil les formule. Après correction du fichier source, générez de nouveau le texte sans `--draft`.
