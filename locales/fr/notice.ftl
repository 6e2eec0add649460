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

colon = {"\u00A0"}:{" "}
semicolon = {"\u202F"};{" "}

# Listes : « a, b et c ». Une liste dont un élément contient une virgule, un point-virgule,
# un deux-points ou « et » est présentée à puces.
list-separator = {", "}
list-conjunction = et

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

# Les intitulés complets suivent « Base juridique : » : ils commencent par une minuscule.
basis-consent = consentement
basis-contract = exécution d'un contrat auquel vous êtes partie, ou de mesures précontractuelles prises à votre demande
basis-legal_obligation = respect d'une obligation légale à laquelle nous sommes soumis
basis-vital_interests = sauvegarde de vos intérêts vitaux ou de ceux d'une autre personne physique
basis-public_task = exécution d'une mission d'intérêt public ou relevant de l'exercice de l'autorité publique dont nous sommes investis
basis-legitimate_interests = intérêts légitimes

# Short names, for tables and the summary.
basis-short-consent = Consentement
basis-short-contract = Contrat
basis-short-legal_obligation = Obligation légale
basis-short-vital_interests = Intérêts vitaux
basis-short-public_task = Mission d'intérêt public
basis-short-legitimate_interests = Intérêts légitimes

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

role-processor = sous-traitant agissant pour notre compte
role-controller = responsable du traitement distinct
role-joint_controller = responsable conjoint du traitement
role-authority = autorité publique

provision-statutory = La fourniture de ces données est exigée par la loi.
provision-contractual = La fourniture de ces données est une exigence contractuelle.
provision-contract_prerequisite = La fourniture de ces données conditionne la conclusion d'un contrat avec nous.
provision-voluntary = La fourniture de ces données est facultative.

source-third_party = Source : { $name }.
source-third_party-described = Source : { $name }, { $description }
source-third_party-unnamed = Source : un tiers.
source-public = Source : { $name }, source accessible au public.
source-public-unnamed = Source : des sources accessibles au public.
source-public-flag = Cette source est accessible au public.

## Transferts hors de l'EEE

transfer-adequacy = la Commission européenne a constaté que ce pays assure un niveau de protection adéquat ({ $decision }, { $article }).
transfer-adequacy-scope = Cette décision ne s'applique qu'aux destinataires suivants : { $scope }.
transfer-dpf = le destinataire est certifié au titre du cadre de protection des données UE-États-Unis (EU-US Data Privacy Framework), dont la Commission européenne a constaté qu'il assure un niveau de protection adéquat ({ $decision }, { $article }).
transfer-safeguard = { $safeguard } ({ $article }).
transfer-scc-decision = Il s'agit des clauses types figurant dans la { $decision }.
transfer-derogation = le transfert repose sur une dérogation pour une situation particulière : { $derogation } ({ $article }).
transfer-compelling = le transfert est nécessaire aux fins des intérêts légitimes impérieux que nous poursuivons : { $interests } ({ $article }).
transfer-missing = aucun mécanisme de transfert n'est déclaré.

## Page

title-default = Déclaration de confidentialité — { $controller }
effective = En vigueur à partir du { $date }.
version = Version { $version }.
intro = La présente déclaration vous explique comment { $controller } traite vos données à caractère personnel et quels sont vos droits, conformément aux articles 13 et 14 du règlement général sur la protection des données (règlement (UE) 2016/679, « { -gdpr } »).
toc-heading = Sommaire
other-languages = Cette déclaration dans d'autres langues
page-of = Page { $page } sur { $total }
pdf-controller = Responsable du traitement : { $name }
pdf-keywords = déclaration de confidentialité, RGPD, données à caractère personnel

summary-heading = En bref
summary-topic = Question
summary-answer = Réponse
summary-who = Qui est responsable de vos données
summary-what = Quelles données
summary-why = Pourquoi, et sur quelle base juridique
summary-how-long = Combien de temps
summary-recipients = Qui les reçoit
summary-no-recipients = Personne en dehors de notre organisation
summary-transfers = Transferts hors de l'Espace économique européen
summary-no-transfers = Aucun
summary-transfers-unknown = Voir la section consacrée aux transferts
summary-rights = Vos droits
summary-objection = vous pouvez vous opposer à certains traitements : voir « Votre droit d'opposition »
summary-complaints = Où introduire une réclamation
basis-missing = aucune base juridique indiquée
retention-missing = aucune durée indiquée

controller-heading = Responsable du traitement
controller-intro = Le responsable du traitement de vos données à caractère personnel est :
# « sous le nom de » exigerait une élision devant une voyelle (« d'Atelier »).
trade-names = nom commercial : { $names }
company-number = Numéro d'entreprise : { $number }
label-website = Site web :
label-email = Courriel :
label-phone = Téléphone :
label-form = Formulaire :
label-complaint-page = Introduire une réclamation :
dpo-intro = Vous pouvez contacter notre délégué à la protection des données :
dpo-none = Nous n'avons pas désigné de délégué à la protection des données ; pour toute question relative à vos données, contactez-nous à l'adresse ci-dessus.
representative-intro = Notre représentant dans l'Union européenne (article 27 du { -gdpr }) est

joint-heading = Responsables conjoints du traitement
joint-intro = Nous déterminons conjointement avec { $name } les finalités et les moyens de certains traitements : nous sommes responsables conjoints du traitement (article 26 du { -gdpr }).
joint-purposes = Finalités concernées : { $purposes }.
joint-essence = Les grandes lignes de notre accord :
joint-contact-us = { $controller } est votre point de contact pour ce traitement.
joint-contact-them = { $name } est votre point de contact pour ce traitement.
joint-rights = Indépendamment des termes de notre accord, vous pouvez exercer vos droits à l'égard de et contre chacun d'entre nous (article 26, paragraphe 3, du { -gdpr }).
joint-notice = Sa déclaration de confidentialité :

purposes-heading = Pourquoi nous traitons vos données
purposes-intro = Pour chaque finalité, nous indiquons la base juridique, les données utilisées, leurs destinataires et leur durée de conservation.
col-purpose = Finalité
col-basis = Base juridique
col-retention = Durée de conservation
further-processing = Nous utilisons pour cette finalité des données collectées initialement pour une autre finalité : { $purpose }.
label-basis = Base juridique :
label-interests = Nos intérêts légitimes :
label-law = Disposition légale :
label-special = Catégories particulières de données :
# « sur le fondement de » + « des motifs… » donnerait « de des » : d'où les deux-points.
special-condition = Nous les traitons sur le fondement suivant : { $condition } ({ $article }).
special-law = Disposition légale : { $law }.
label-criminal = Données relatives aux condamnations pénales et aux infractions :
criminal-basis = Traitement autorisé au titre de l'{ $article } :
label-data = Données utilisées :
label-recipients = Destinataires :
label-retention = Durée de conservation :
label-provision = Devez-vous fournir ces données ?
provision-consequences = À défaut, { $consequences }
label-withdraw = Retrait du consentement :
label-marketing = Prospection :
marketing-object = vous pouvez vous y opposer à tout moment, sans avoir à vous justifier : voir « Votre droit d'opposition ».
label-automated = Décision automatisée :
automated-see = voir « Décisions automatisées ».
label-rights = Vos droits pour cette finalité :

data-heading = Données traitées
data-special = (catégorie particulière : { $kind })
data-criminal = (données relatives aux condamnations pénales et aux infractions)

recipients-heading = Destinataires de vos données
recipients-intro = Nous ne communiquons vos données à caractère personnel qu'aux destinataires suivants :
recipient-country = Localisation : { $country }.
recipient-notice = Sa déclaration de confidentialité :
recipients-none = Nous ne communiquons vos données à caractère personnel à personne en dehors de notre organisation.

transfers-heading = Transferts hors de l'Espace économique européen
transfers-intro = Certains destinataires traitent vos données en dehors de l'Espace économique européen (EEE). Chaque transfert est encadré comme suit :
transfer-copy = Pour obtenir une copie des garanties ou savoir où elles sont disponibles :
transfers-none = Nous ne transférons pas vos données à caractère personnel en dehors de l'Espace économique européen (EEE).
transfers-unknown = La déclaration n'indique pas où chaque destinataire traite vos données.

automated-heading = Décisions automatisées
automated-profiling = Ce traitement comporte un profilage.
label-logic = Logique sous-jacente :
label-significance = Importance pour vous :
label-consequences = Conséquences prévues :
label-exception = Pourquoi cette décision est permise :
automated-rights = Vous avez le droit d'obtenir une intervention humaine, d'exprimer votre point de vue et de contester la décision ({ $article }).

processor-heading = Traitements pour le compte de nos clients
processor-intro = { $controller } traite également des données à caractère personnel pour le compte de clients, en qualité de sous-traitant ({ $article }). Pour ces traitements, le client est le responsable du traitement : sa propre déclaration de confidentialité s'applique et c'est à lui que vos demandes doivent être adressées.
processor-client-notice = Sa déclaration de confidentialité :

cookies-heading = Cookies et technologies similaires
cookies-intro = Notre site web enregistre ou lit les informations suivantes sur votre appareil :
col-cookie = Nom
col-provider = Fournisseur
col-duration = Durée
col-consent = Consentement
cookie-essential = non requis (strictement nécessaire)
cookie-consent = requis
cookies-policy = Pour en savoir plus, consultez notre politique en matière de cookies :

security-heading = Sécurité de vos données
security-intro = Nous protégeons vos données à caractère personnel par des mesures techniques et organisationnelles appropriées, notamment :

rights-heading = Vos droits
rights-intro = Le { -gdpr } vous confère les droits suivants à l'égard de vos données à caractère personnel :
right-access-name = Droit d'accès
right-access-text = vous pouvez nous demander si nous traitons des données vous concernant et, dans l'affirmative, en obtenir une copie ainsi que des informations sur leur traitement.
right-rectification-name = Droit de rectification
right-rectification-text = vous pouvez faire rectifier les données inexactes et faire compléter les données incomplètes.
right-erasure-name = Droit à l'effacement
right-erasure-text = vous pouvez nous demander d'effacer vos données, notamment lorsqu'elles ne sont plus nécessaires au regard des finalités pour lesquelles nous les avons collectées.
right-restriction-name = Droit à la limitation du traitement
right-restriction-text = vous pouvez nous demander de limiter l'utilisation de vos données, par exemple pendant que nous vérifions leur exactitude.
right-portability-name = Droit à la portabilité des données
right-portability-text = vous pouvez recevoir les données que vous nous avez fournies dans un format structuré, couramment utilisé et lisible par machine, et les transmettre à un autre responsable du traitement ou, lorsque cela est techniquement possible, nous demander de les lui transmettre directement.
right-object-name = Droit d'opposition
right-object-text = voir « Votre droit d'opposition » ci-dessous.
right-withdraw-name = Droit de retirer votre consentement
right-withdraw-text = voir « Retrait de votre consentement » ci-dessous.
right-automated-name = Droits relatifs aux décisions automatisées
right-automated-text = vous avez le droit de ne pas faire l'objet d'une décision fondée exclusivement sur un traitement automatisé produisant des effets juridiques vous concernant ou vous affectant de manière significative de façon similaire, sous réserve des exceptions prévues par le { -gdpr }.
right-complaint-name = Droit d'introduire une réclamation
right-complaint-text = voir « Réclamations » ci-dessous.
right-applies-to = Ce droit s'applique aux finalités suivantes : { $purposes }.
right-except = Ce droit ne s'applique pas aux finalités suivantes, dans la mesure où le traitement est nécessaire au respect d'une obligation légale ou à l'exécution d'une mission d'intérêt public : { $purposes }.
rights-how = Pour exercer vos droits, contactez-nous :
rights-response = Nous répondons dans les meilleurs délais et en tout état de cause dans un délai d'un mois à compter de la réception de votre demande. Au besoin, ce délai peut être prolongé de deux mois, compte tenu de la complexité et du nombre de demandes ; nous vous informons alors de cette prolongation et de ses motifs dans un délai d'un mois à compter de la réception de votre demande ({ $article }). L'exercice de vos droits est gratuit. Si une demande est manifestement infondée ou excessive, notamment en raison de son caractère répétitif, nous pouvons exiger le paiement de frais raisonnables ou refuser d'y donner suite ({ $fee_article }).

objection-heading = Votre droit d'opposition
objection-general = Vous avez le droit de vous opposer à tout moment, pour des raisons tenant à votre situation particulière, au traitement de vos données à caractère personnel pour les finalités suivantes : { $purposes } ({ $article }). Nous ne traiterons alors plus vos données à caractère personnel, à moins de démontrer qu'il existe des motifs légitimes et impérieux pour le traitement qui prévalent sur vos intérêts et vos droits et libertés, ou pour la constatation, l'exercice ou la défense de droits en justice.
objection-marketing = Vous avez le droit de vous opposer à tout moment, sans avoir à vous justifier, au traitement de vos données à caractère personnel à des fins de prospection, y compris au profilage lié à cette prospection : { $purposes } ({ $article }). Vos données à caractère personnel ne seront alors plus traitées à ces fins.
objection-how = Pour exercer ce droit, contactez-nous :

consent-heading = Retrait de votre consentement
consent-text = Lorsque nous traitons vos données sur la base de votre consentement ({ $purposes }), vous pouvez le retirer à tout moment, aussi simplement que vous l'avez donné ({ $article }). Le retrait du consentement ne compromet pas la licéité du traitement fondé sur le consentement effectué avant ce retrait.

complaint-heading = Réclamations
complaint-text = Si vous estimez que le traitement de vos données à caractère personnel constitue une violation du { -gdpr }, vous avez le droit d'introduire une réclamation auprès d'une autorité de contrôle, en particulier dans l'État membre de votre résidence habituelle, de votre lieu de travail ou du lieu où la violation aurait été commise ({ $article }).
complaint-authority = L'autorité de contrôle compétente à notre égard est :

changes-heading = Modifications de la présente déclaration
changes-default = Toute modification de la présente déclaration sera publiée sur cette page, avec sa nouvelle date d'entrée en vigueur.
history-intro = Versions précédentes :

## Ce que les organisations disent au-delà des mentions obligatoires (lieu d'enregistrement, confidentialité, conformité…)

source-data_subject = Mode de collecte : { $description }
separate-intro = Les points suivants font l'objet de documents distincts :
recipient-group = membre de notre groupe
recipient-list = La liste de ces destinataires :
disclosure-no-sale = Nous ne vendons pas vos données à caractère personnel.
disclosure-conditions = La communication de vos données obéit en outre aux règles suivantes :
storage-heading = Où vos données sont enregistrées
storage-intro = Nous enregistrons vos données à caractère personnel aux endroits suivants :
storage-provider = prestataire : { $provider }
storage-eea-only = Tous ces lieux se situent dans l'Espace économique européen (EEE).
confidentiality-intro = Au sein de notre organisation, l'accès à vos données est encadré comme suit :
compliance-heading = Cadre légal et contrôle
compliance-laws = Nous appliquons en particulier les textes suivants :
compliance-principles = Nous prenons en particulier les engagements suivants :
compliance-oversight = Le respect de ces règles est contrôlé comme suit :
paper-copy = Sur simple demande, nous vous envoyons une version papier de la présente déclaration.
glossary-heading = Lexique
rights-post = Vous pouvez aussi nous écrire à l'adresse suivante : { $address }.

## Illustration: a published notice completed with assumptions
illustration-heading = Illustration.
illustration-text = Ce texte n'est pas celui de l'organisation : il reprend les faits d'une déclaration publiée et les complète par des hypothèses, énumérées ci-dessous, là où la loi exige une information que l'original ne donne pas.
