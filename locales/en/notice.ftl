# Every fixed word of an English notice. Messages used in the template may contain Markdown;
# messages used to build values (names, dates, durations, citations) are plain text.
# Terminology follows the English version of Regulation (EU) 2016/679.

-gdpr = GDPR
language-name = English

## Dates, durations, citations

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
date = { $day } { $month } { $year }

unit-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
unit-hours = { $count ->
    [one] { $count } hour
   *[other] { $count } hours
}
unit-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
unit-weeks = { $count ->
    [one] { $count } week
   *[other] { $count } weeks
}
unit-months = { $count ->
    [one] { $count } month
   *[other] { $count } months
}
unit-years = { $count ->
    [one] { $count } year
   *[other] { $count } years
}
# How long a session cookie lasts.
lifetime-session = until the end of your visit

# A citation such as "Article 6(1)(a)"; $paragraph and $point are "none" when absent.
cite = Article { $article }{ $paragraph ->
    [none] {""}
   *[other] ({ $paragraph })
}{ $point ->
    [none] {""}
   *[other] ({ $point })
}
cite-subparagraph = { $cite }, second subparagraph,
cite-gdpr = { $cite } { -gdpr }

# "Label: text"; "Label:" before a list.
colon = :{" "}
colon-list = :

# Lists: "a, b and c". A list whose items hold a comma, a semicolon, a colon or the conjunction
# is set as bullets instead.
list-separator = {", "}
list-conjunction = and
# A name ("Contact details") runs into a sentence with its first letter in lower case,
# unless it starts with an acronym; `as-written` keeps it (German capitalises every noun).
name-in-sentence = lower

act = { $kind ->
    [implementing] { $number ->
        [none] Commission Implementing Decision of { $date }
       *[other] Commission Implementing Decision { $number } of { $date }
    }
   *[decision] { $number ->
        [none] Commission Decision of { $date }
       *[other] Commission Decision { $number } of { $date }
    }
}
act-renewed = { $act }, renewed on { $date }
act-eu = EU
act-ec = EC

## Retention

event-collection = collection
event-recording = recording
event-first_contact = the first contact
event-last_contact = the last contact
event-last_activity = your last activity
event-application = your application
event-end_of_contract = the end of the contract
event-end_of_relationship = the end of our relationship
event-end_of_employment = the end of employment
event-end_of_financial_year = the end of the financial year
event-account_closure = the closure of your account
event-consent_withdrawal = the withdrawal of your consent
retention-after = { $duration } after { $event }
retention-for = { $duration }
retention-exception = longer where { $exception }
retention-category = { $category }: { $retention }

## Legal bases and conditions

# One name per basis, in lower case: the notice capitalises a name that starts a line, and
# joins several ("compliance with a legal obligation and performance of a contract…").
basis-consent = consent
basis-contract = performance of a contract
basis-legal_obligation = compliance with a legal obligation
basis-vital_interests = protection of vital interests
basis-public_task = performance of a task carried out in the public interest or in the exercise of official authority
basis-legitimate_interests = legitimate interests
basis-missing = no legal basis stated
retention-missing = no period stated

special-racial_or_ethnic_origin = racial or ethnic origin
special-political_opinions = political opinions
special-religious_or_philosophical_beliefs = religious or philosophical beliefs
special-trade_union_membership = trade union membership
special-genetic = genetic data
special-biometric = biometric data for the purpose of uniquely identifying a person
special-health = data concerning health
special-sex_life_or_orientation = data concerning sex life or sexual orientation

condition-explicit_consent = your explicit consent
condition-employment = carrying out our obligations and exercising our or your specific rights in the field of employment, social security and social protection law
condition-vital_interests = the protection of your vital interests or those of another natural person, where you are physically or legally incapable of giving consent
condition-not_for_profit = legitimate activities of a not-for-profit body with regard to its members
condition-made_public = data you have manifestly made public
condition-legal_claims = the establishment, exercise or defence of legal claims
condition-substantial_public_interest = reasons of substantial public interest
condition-health_or_social_care = preventive or occupational medicine, medical diagnosis, or health or social care
condition-public_health = reasons of public interest in the area of public health
condition-archiving_or_research = archiving in the public interest, scientific or historical research, or statistics

exception-contract = necessary for entering into or performing a contract with you
exception-law = authorised by Union or Member State law
exception-explicit_consent = your explicit consent

# Art. 13(2)(e): whether providing the data is required, and whether you must provide them.
# Under a purpose that lists no data ($data = none), the sentence names them itself.
provision-statutory = { $data ->
    [none] providing your data is required by law
   *[listed] providing these data is required by law
}
provision-contractual = { $data ->
    [none] providing your data is required by our contract with you
   *[listed] providing these data is required by our contract with you
}
provision-contract_prerequisite = { $data ->
    [none] providing your data is required to enter into the contract
   *[listed] providing these data is required to enter into the contract
}
provision-voluntary = { $data ->
    [none] providing your data is optional
   *[listed] providing these data is optional
}
provision-alone = { $requirement }.
# The declaration's `consequences` is the main clause that follows "if you do not provide them,".
provision-if-not = { $requirement }; without these data, { $consequences }
source-third_party = Source: { $name }.
source-third_party-described = Source: { $name }, { $description }
source-third_party-unnamed = Source: a third party.
source-public = Source: { $name }, a publicly accessible source.
source-public-unnamed = Source: publicly accessible sources.
source-public-flag = This source is publicly accessible.
source-data_subject = How we collect them: { $description }

## Transfers outside the EEA

transfer-adequacy = the European Commission has decided that { $destination ->
        [international_organisation] this international organisation
       *[other] this country
    } ensures an adequate level of protection ({ $decision }, { $article }).
transfer-adequacy-scope = The decision covers only the following recipients: { $scope }.
transfer-dpf = the recipient is certified under the EU-US Data Privacy Framework, which the European Commission has found to ensure an adequate level of protection ({ $decision }, { $article }).
transfer-safeguard = { $safeguard } ({ $article }).
transfer-scc-decision = The clauses are those set out in { $decision }.
transfer-derogation = the transfer relies on a derogation for a specific situation: { $derogation } ({ $article }).
transfer-compelling = the transfer is necessary for compelling legitimate interests that we pursue: { $interests } ({ $article }).
transfer-missing = no transfer mechanism is declared.

## Page

title-default = Privacy notice — { $controller }
effective = In force from { $date }.
version = Version { $version }.
# Shown when the declaration has no introduction of its own.
intro = This privacy notice explains how { $controller } processes your personal data and what your rights are under the General Data Protection Regulation (Regulation (EU) 2016/679, the “{ -gdpr }”).
toc-heading = Contents
other-languages = This privacy notice in other languages
page-of = Page { $page } of { $total }
pdf-controller = Controller: { $name }
pdf-keywords = privacy notice, GDPR, personal data
separate-intro = Set out in separate documents:

## First layer: the answers that fit on one screen

summary-heading = In brief
summary-who = Controller:
summary-why = Purposes, legal bases and retention periods:
summary-recipients = Recipients:
summary-no-recipients = no one outside our organisation.
recipients-summary-processor = { $count ->
    [one] our processor
   *[other] our processors
}
recipients-summary-controller = { $count ->
    [one] a separate controller
   *[other] separate controllers
}
recipients-summary-joint_controller = { $count ->
    [one] a joint controller
   *[other] joint controllers
}
recipients-summary-authority = { $count ->
    [one] a public authority
   *[other] public authorities
}
recipients-summary-see = see “Disclosure of your data”
recipients-summary-other = { $count ->
    [one] another recipient
   *[other] other recipients
}
summary-transfers = Transfers outside the European Economic Area:
summary-no-transfers = none.
summary-transfers-unknown = not stated for every recipient.
summary-rights = Exercising your rights:
summary-objection = You can object to some processing at any time: see “Your right to object”.
summary-complaint = Complaints:
## Controller

controller-heading = Controller
trade-names = trading as { $names }
company-number = Company number: { $number }
label-website = Website:
label-email = Email:
label-phone = Phone:
label-form = Contact form:
label-complaint-page = How to complain:
dpo-intro = Our data protection officer:
dpo-none = We have not appointed a data protection officer.
representative-intro = Our representative in the European Union (Article 27 { -gdpr }):

joint-heading = Joint controllership
joint-intro = We determine the purposes and means of some processing jointly with { $name }: we are joint controllers (Article 26 { -gdpr }).
joint-contact = Contact:
joint-essence = The essence of our arrangement:
joint-contact-us = { $controller } is your point of contact for this processing.
joint-contact-them = { $name } is your point of contact for this processing.
joint-rights = Whatever the terms of our arrangement, you may exercise your rights against each of us (Article 26(3) { -gdpr }).
joint-notice = Their privacy notice:

## Purposes, in detail

purposes-heading = Why we process your data
further-processing = For this purpose we reuse data collected for another purpose: { $purpose }.
label-interests = Legitimate interests:
label-law = Legal provision:
label-special = { $count ->
    [one] Special category of data:
   *[other] Special categories of data:
}
label-condition = Condition for processing them ({ $article }):
special-law = Legal provision: { $law }.
label-criminal = Data relating to criminal convictions and offences:
label-data = Data:

data-heading = The data we process
data-special = Special category: { $kind }.
data-criminal = Data relating to criminal convictions and offences.
col-purpose = Purpose

## Recipients

recipients-heading = Disclosure of your data
recipients-role-processor = { $count ->
    [one] **Processor**, which processes your data on our behalf:
   *[other] **Processors**, which process your data on our behalf:
}
recipients-role-controller = { $count ->
    [one] **Separate controller**, which uses your data for its own purposes:
   *[other] **Separate controllers**, which use your data for their own purposes:
}
recipients-role-joint_controller = { $count ->
    [one] **Joint controller** (see “Joint controllership”):
   *[other] **Joint controllers** (see “Joint controllership”):
}
recipients-role-authority = { $count ->
    [one] **Public authority:**
   *[other] **Public authorities:**
}
recipients-role-other = { $count ->
    [one] **Other recipient:**
   *[other] **Other recipients:**
}
recipients-none = We do not disclose your personal data to anyone outside our organisation.
recipient-group = member of our group
recipient-list = List of these recipients:
recipient-notice = Their privacy notice:
disclosure-no-sale = We do not sell your personal data.
disclosure-conditions = In addition:

storage-heading = Where your data are stored
storage-provider = provider: { $provider }
storage-eea-only = All these places are in the European Economic Area (EEA).

transfers-heading = Transfers outside the European Economic Area
transfer-copy = Copy of the safeguards:
transfer-more = More information:

automated-heading = Automated decision-making
automated-profiling = This processing includes profiling.
label-logic = How the decision is made:
label-significance = What it means for you:
label-consequences = Envisaged consequences:
label-exception = Why it is allowed:
# Art. 22(2)(b): the law that authorises the decision lays down the safeguards itself.
automated-law = The law that authorises this decision lays down suitable measures to safeguard your rights and freedoms and legitimate interests ({ $article }).
automated-rights = You have the right to obtain human intervention, to express your point of view and to contest the decision ({ $article }).

processor-heading = When we act as a processor
processor-intro = For the following activities we process your data on behalf of a client ({ $article }); that client is the controller, so please address your requests to it.
processor-client-notice = Its privacy notice:

cookies-heading = Cookies and similar technologies
col-cookie = Name
col-provider = Provider
col-duration = Duration
col-consent = Consent
cookie-essential = not needed (strictly necessary)
cookie-consent = required
cookies-policy = Our cookie policy explains this in detail:

security-heading = Security
security-intro = Our security measures:
confidentiality-intro = Within our organisation:
compliance-heading = Legal framework and oversight
compliance-laws = We comply in particular with:
compliance-principles = Our commitments:
compliance-oversight = Who checks our compliance:

## Rights

rights-heading = Your rights
right-access-name = Right of access
right-access-text = know whether we process data about you, and obtain a copy of them.
right-rectification-name = Right to rectification
right-rectification-text = have your data corrected or completed.
right-erasure-name = Right to erasure
right-erasure-text = have your data erased, in particular when they are no longer needed.
right-restriction-name = Right to restriction of processing
right-restriction-text = have the use of your data restricted.
right-portability-name = Right to data portability
right-portability-text = receive the data you provided to us in a structured, commonly used and machine-readable format, and transmit them, or have us transmit them, to another controller.
right-object-name = Right to object
right-object-text = see “Your right to object”.
right-withdraw-name = Right to withdraw consent
right-withdraw-text = withdraw it at any time, as easily as you gave it, without affecting the lawfulness of processing before the withdrawal.
right-automated-name = Right not to be subject to a decision based solely on automated processing
right-automated-text = see “Automated decision-making”.
purposes-concerned = { $count ->
    [one] Purpose concerned:
   *[other] Purposes concerned:
}
right-except = This right does not apply to processing required by law or necessary for a task carried out in the public interest:
rights-post = Requests by post:
rights-response = We respond without undue delay and within one month of receiving your request (three months for complex or numerous requests); exercising your rights is free of charge, except for a manifestly unfounded or excessive request ({ $article }).
objection-heading = Your right to object
objection-general = You may object at any time, on grounds relating to your particular situation, to the processing of your personal data ({ $article }); we will then stop it, unless we demonstrate compelling legitimate grounds which override your interests, rights and freedoms, or the processing is needed for the establishment, exercise or defence of legal claims.
objection-marketing = You may object at any time, without giving reasons, to the processing of your personal data for direct marketing, including profiling related to it ({ $article }); we will then stop it.
complaint-heading = Lodging a complaint
complaint-text = You may lodge a complaint with a supervisory authority, in particular in the Member State of your habitual residence, place of work or place of the alleged infringement ({ $article }).
complaint-authority = Our supervisory authority is:

changes-heading = Changes
changes-default = We publish any change to this privacy notice on this page, with its new date of entry into force.
paper-copy = On request, we will send you a paper copy of this privacy notice.
history-intro = Previous versions:
glossary-heading = Glossary
cite-and = { $first } and { $second }

## Illustration: a published notice completed with assumptions
illustration-heading = Illustration.
illustration-text = This is not the organisation's own privacy notice: it takes the facts of a published one and, where the law requires information the original does not give, completes them with the assumptions listed below.

## Whose data (data subjects), where they come from by group, processing for clients
subjects-heading = Data subjects
label-subjects = Data subjects:
subjects-others = other data subjects
# The name of a group of data subjects declared by its kind only.
subjects-kind-customers = Customers
subjects-kind-prospects = Prospective customers
subjects-kind-employees = Staff members
subjects-kind-job_applicants = Job applicants
subjects-kind-website_visitors = Visitors to our website
subjects-kind-client_representatives = Contact persons at our clients
subjects-kind-end_users = Users of the services we provide for our clients
subjects-kind-patients = Patients
subjects-kind-pupils = Pupils
subjects-kind-members = Members
subjects-kind-suppliers = Suppliers and their staff
subjects-kind-visitors = Visitors to our premises
# Data that our own systems generate or record as people use our services or premises (logs,
# traffic, location, camera images): obtained from the person by observation, not provided.
source-observed = Source: our own systems.
source-observed-described = Source: our own systems ({ $description }).
# Where the source differs from one group of data subjects to another, each sentence names the
# groups it is about.
source-third_party-for = Source ({ $subjects }): { $name }.
source-third_party-described-for = Source ({ $subjects }): { $name }, { $description }
source-third_party-unnamed-for = Source ({ $subjects }): a third party.
source-public-for = Source ({ $subjects }): { $name }, a publicly accessible source.
source-public-unnamed-for = Source ({ $subjects }): publicly accessible sources.
source-data_subject-for = How we collect them ({ $subjects }): { $description }
source-data_subject-plain-for = We collect them from you ({ $subjects }).
source-observed-for = Source ({ $subjects }): our own systems.
source-observed-described-for = Source ({ $subjects }): our own systems ({ $description }).
# Art. 13(2)(e) for one category of a purpose, or for the groups that provide the data
# themselves: "Mobile number: providing these data is optional…".
provision-scoped = { $whom }: { $provision }
label-retention = Retention period:
label-sub-processors = Our sub-processors:
label-instructions = The client's instructions:

## Changes between versions: `notice diff`, and the summaries the build writes into the history.
## Arguments: $op (added, removed, changed, reordered, longer, shorter), $subject (the purpose,
## recipient or category concerned), $old and $new (the values before and after, phrased as in
## the notice), $where (the declaration path). Each message is a sentence of its own.
diff-title = Changes
diff-nothing = No change.
diff-class-material = material
diff-class-editorial = editorial
diff-heading-material = Material changes
diff-heading-editorial = Editorial changes
diff-compared = { $status ->
    [added] { $new } ({ $id }): new privacy notice
    [removed] { $old } ({ $id }): privacy notice withdrawn
   *[other] { $new } ({ $id }), compared with { $old }
}
diff-summary = { $material ->
    [one] 1 material change
   *[other] { $material } material changes
} and { $editorial ->
    [one] 1 editorial change
   *[other] { $editorial } editorial changes
} in { $count ->
    [one] 1 privacy notice
   *[other] { $count } privacy notices
}
diff-none = none
diff-unnamed = appointed, name not given
diff-not-stated = not stated
history-replaced = { $count ->
    [0] Replaced on { $date }, with editorial changes only.
   *[other] Replaced on { $date }.
}
diff-declaration = { $op ->
    [added] New privacy notice.
   *[other] Privacy notice withdrawn.
}
diff-purpose = { $op ->
    [added] New purpose: { $subject }.
   *[other] Purpose discontinued: { $subject }.
}
diff-basis = { $op ->
    [added] { $subject }: new legal basis: { $new }.
   *[other] { $subject }: the processing no longer rests on this legal basis: { $old }.
}
diff-special-condition = { $op ->
    [added] { $subject }: special categories of personal data are processed on the ground of { $new }.
    [removed] { $subject }: this condition is no longer relied on for special categories of personal data: { $old }.
   *[other] { $subject }: special categories of personal data are now processed on the ground of { $new } (previously: { $old }).
}
diff-data-subject = { $op ->
    [added] New category of data subjects: { $subject }.
   *[other] Category of data subjects whose data we no longer process: { $subject }.
}
diff-purpose-subjects = { $op ->
    [added] { $subject }: the data of these people are now also processed: { $new }.
   *[other] { $subject }: the data of these people are no longer processed: { $old }.
}
diff-purpose-data = { $op ->
    [added] { $subject }: these data are now also used: { $new }.
   *[other] { $subject }: these data are no longer used: { $old }.
}
diff-purpose-recipient = { $op ->
    [added] { $subject }: the data are now also disclosed to { $new }.
   *[other] { $subject }: the data are no longer disclosed to { $old }.
}
diff-retention = { $op ->
    [longer] { $subject }: longer retention period: { $new } (previously: { $old }).
    [shorter] { $subject }: shorter retention period: { $new } (previously: { $old }).
    [added] { $subject }: retention period now stated: { $new }.
    [removed] { $subject }: retention period withdrawn (previously: { $old }).
   *[other] { $subject }: retention period changed: { $new } (previously: { $old }).
}
diff-marketing = { $op ->
    [added] { $subject }: the data are now also used for direct marketing.
   *[other] { $subject }: the data are no longer used for direct marketing.
}
diff-automated = { $op ->
    [added] { $subject }: automated decision-making introduced.
    [removed] { $subject }: automated decision-making discontinued.
   *[other] { $subject }: automated decision-making changed.
}
diff-provision = { $subject }: whether you must provide these data has changed.
diff-further = { $op ->
    [removed] { $subject }: no longer presented as further processing.
   *[other] { $subject }: further processing of data collected for this purpose: { $new }.
}
diff-right = { $op ->
    [added] { $subject }: you now have this right: { $new }.
   *[other] { $subject }: you no longer have this right: { $old }.
}
diff-category = { $op ->
    [added] New category of personal data: { $subject }.
   *[other] Category of personal data no longer processed: { $subject }.
}
diff-category-nature = { $subject }: whether these data belong to a special category, or relate to criminal convictions and offences, has changed.
diff-category-source = { $subject }: the source of these data has changed.
diff-recipient = { $op ->
    [added] New recipient: { $subject }{ $new }.
   *[other] No longer a recipient: { $subject }.
}
diff-recipient-identity = { $op ->
    [added] { $subject }: recipient now designated as { $new }.
    [removed] { $subject }: recipient no longer designated as { $old }.
   *[other] { $subject }: recipient now { $new } (previously: { $old }).
}
diff-recipient-role = { $subject }: the role of this recipient has changed.
diff-recipient-country = { $op ->
    [added] { $subject }: country where the data are processed: { $new }.
    [removed] { $subject }: country where the data are processed no longer stated (previously: { $old }).
   *[other] { $subject }: country where the data are processed: { $new } (previously: { $old }).
}
diff-transfer = { $op ->
    [added] { $subject }: transfer based on { $new }.
    [removed] { $subject }: transfer no longer based on { $old }.
   *[other] { $subject }: transfer now based on { $new } (previously: { $old }).
}
diff-controller = { $op ->
    [added] Controller: { $new }.
   *[other] Controller: { $new } (previously: { $old }).
}
diff-controller-status = Whether the controller is a public authority has changed.
diff-dpo = { $op ->
    [added] Data protection officer: { $new }.
    [removed] Data protection officer: name no longer given (previously: { $old }).
   *[other] Data protection officer: { $new } (previously: { $old }).
}
diff-representative = { $op ->
    [added] Representative in the Union: { $new }.
    [removed] Representative in the Union: no longer given (previously: { $old }).
   *[other] Representative in the Union: { $new } (previously: { $old }).
}
diff-joint-controller = { $op ->
    [added] New joint controller: { $subject }.
   *[other] No longer a joint controller: { $subject }.
}
diff-joint-controller-identity = { $op ->
    [added] Joint controller: { $new }.
    [removed] { $subject }: joint controller's details withdrawn (previously: { $old }).
   *[other] Joint controller: { $new } (previously: { $old }).
}
diff-joint-purpose = { $op ->
    [added] { $subject }: now also joint controller for this purpose: { $new }.
   *[other] { $subject }: no longer joint controller for this purpose: { $old }.
}
diff-joint-contact-point = { $subject }: the controller to whom you address your requests has changed.
diff-authority = { $op ->
    [added] Supervisory authority: { $new }.
   *[other] Supervisory authority: { $new } (previously: { $old }).
}
diff-tracker = { $op ->
    [added] New cookie or tracker: { $subject }.
   *[other] Cookie or tracker no longer used: { $subject }.
}
diff-tracker-detail = { $subject }: who sets this cookie or tracker, who receives its data, or whether it needs your consent, has changed.
diff-tracker-duration = { $op ->
    [longer] { $subject }: stays longer on your device: { $new } (previously: { $old }).
    [shorter] { $subject }: stays on your device for a shorter time: { $new } (previously: { $old }).
    [added] { $subject }: stays on your device for { $new }.
    [removed] { $subject }: lifetime on your device no longer stated (previously: { $old }).
   *[other] { $subject }: lifetime on your device changed: { $new } (previously: { $old }).
}
diff-storage = { $op ->
    [added] New place where the data are stored: { $subject }.
    [removed] Place of storage no longer used: { $subject }.
   *[other] { $subject }: where the data are stored has changed.
}
diff-no-sale = { $op ->
    [removed] We no longer undertake not to sell personal data.
   *[other] We now undertake not to sell personal data.
}
diff-order = Order changed: { $where }.
diff-wording = Wording changed: { $where }.
diff-contact = Contact details or link changed: { $where }.
diff-version = Version details changed: { $where }.
diff-languages = Languages changed: { $where }.
diff-notice = Notice identifier changed: { $where }.
diff-site = Publication details of the web pages changed: { $where }.
diff-processor = Processing carried out for clients changed: { $where }.
diff-register = Record of processing activities only (not shown in the notice) changed: { $where }.
diff-other = Change not yet classified, treated as material: { $where }.

## Sector rules, rights per basis, special-category grounds (issue #20)

# A retention range or ceiling, as the duration of `retention-after` / `retention-for`.
retention-between = at least { $minimum } and at most { $maximum }
retention-at-least = at least { $minimum }
retention-at-most = at most { $maximum }

# The Art. 9(2) grounds in the words of the Regulation (the conditions the law must meet
# left to `special_law`), the controller as "we" and the data subject as "you".
ground-explicit_consent = you have given explicit consent to the processing of these data for one or more specified purposes
ground-employment = processing is necessary for the purposes of carrying out our obligations and exercising our or your specific rights in the field of employment and social security and social protection law
ground-vital_interests = processing is necessary to protect your vital interests or those of another natural person where you are physically or legally incapable of giving consent
ground-not_for_profit = processing is carried out in the course of our legitimate activities with appropriate safeguards, as a not-for-profit body with a political, philosophical, religious or trade union aim; it relates solely to our members or former members or to persons who have regular contact with us in connection with our purposes, and the data are not disclosed outside our body without your consent
ground-made_public = processing relates to personal data which are manifestly made public by you
ground-legal_claims = processing is necessary for the establishment, exercise or defence of legal claims or whenever courts are acting in their judicial capacity
ground-substantial_public_interest = processing is necessary for reasons of substantial public interest
ground-health_or_social_care = processing is necessary for the purposes of { $aims }
ground-public_health = processing is necessary for reasons of public interest in the area of public health, such as protecting against serious cross-border threats to health or ensuring high standards of quality and safety of health care and of medicinal products or medical devices
ground-archiving_or_research = processing is necessary for { $aims }
# All the aims of a ground, as the Regulation lists them; then each on its own.
aims-health_or_social_care = preventive or occupational medicine, for the assessment of the working capacity of the employee, medical diagnosis, the provision of health or social care or treatment or the management of health or social care systems and services
aims-archiving_or_research = archiving purposes in the public interest, scientific or historical research purposes or statistical purposes
aim-preventive_medicine = preventive medicine
aim-occupational_medicine = occupational medicine
aim-working_capacity = the assessment of the working capacity of the employee
aim-medical_diagnosis = medical diagnosis
aim-care_provision = the provision of health or social care or treatment
aim-care_management = the management of health or social care systems and services
aim-archiving = archiving purposes in the public interest
aim-research = scientific or historical research purposes
aim-statistics = statistical purposes
special-secrecy = Your data are processed by or under the responsibility of a professional subject to professional secrecy, or by another person also subject to an obligation of secrecy ({ $article }).
# Art. 10.
ground-criminal-law = processing is authorised by Union or Member State law providing for appropriate safeguards for your rights and freedoms
ground-criminal-official_authority = processing is carried out under the control of official authority
criminal-authority = Authority: { $authority }.

# Rights per basis, and the exceptions of Art. 17(3).
right-part = the part of “{ $purpose }” based on { $bases }
basis-part-consent = your consent
basis-part-contract = the contract
basis-part-legal_obligation = a legal obligation
basis-part-vital_interests = vital interests
basis-part-public_task = a task in the public interest
basis-part-legitimate_interests = our legitimate interests
right-except-public-health = This right does not apply to processing necessary for reasons of public interest in the area of public health:
right-except-archiving = This right does not apply to processing for archiving purposes in the public interest, research or statistics, in so far as erasure would render impossible or seriously impair its objectives:
right-except-legal-claims = This right does not apply to processing necessary for the establishment, exercise or defence of legal claims:
right-limit = Limit for “{ $purpose }”: { $reason }

# `notice diff` topics of these fields.
diff-special-aims = { $subject }: the aims for which special categories of personal data are processed have changed.
diff-criminal-ground = { $subject }: what allows processing data relating to criminal convictions and offences has changed.
diff-activity = { $subject }: the kind of processing declared for the rules of national law has changed.
diff-rights-limit = { $op ->
    [added] { $subject }: a new limit on one of your rights.
   *[other] { $subject }: a limit on one of your rights is lifted.
}

## Draft preview (`notice build --draft`): the banner, the page mark of the PDF and the findings at the end.
draft-mark = Draft — not for publication
draft-heading = Draft — not for publication.
draft-text = { $count ->
    [0] This text is a draft, made with `notice build --draft`; `notice lint` reports no finding on the declaration.
    [one] This text is a draft, made with `notice build --draft` while `notice lint` still reports one finding on the declaration; it is listed at the end.
   *[other] This text is a draft, made with `notice build --draft` while `notice lint` still reports { $count } findings on the declaration; they are listed at the end.
}
draft-findings-heading = Findings to resolve before publication
draft-findings-intro = These are the findings of `notice lint`, as the tool reports them. Once the declaration is corrected, build the text again without `--draft`.
