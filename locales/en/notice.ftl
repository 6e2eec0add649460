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

colon = :{" "}
semicolon = ;{" "}

# Lists: "a, b and c". A list whose items hold a comma, a semicolon, a colon or the conjunction
# is set as bullets instead.
list-separator = {", "}
list-conjunction = and

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

# Full names follow "Legal basis:" in the middle of a line, so they start in lower case.
basis-consent = consent
basis-contract = performance of a contract to which you are party, or steps taken at your request before entering into a contract
basis-legal_obligation = compliance with a legal obligation to which we are subject
basis-vital_interests = protection of your vital interests or those of another natural person
basis-public_task = performance of a task carried out in the public interest or in the exercise of official authority vested in us
basis-legitimate_interests = legitimate interests

# Short names, for tables and the summary.
basis-short-consent = Consent
basis-short-contract = Contract
basis-short-legal_obligation = Legal obligation
basis-short-vital_interests = Vital interests
basis-short-public_task = Public task
basis-short-legitimate_interests = Legitimate interests

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

role-processor = processor acting on our behalf
role-controller = independent controller
role-joint_controller = joint controller
role-authority = public authority

provision-statutory = Providing these data is a statutory requirement.
provision-contractual = Providing these data is a contractual requirement.
provision-contract_prerequisite = Providing these data is necessary to enter into a contract with us.
provision-voluntary = Providing these data is optional.

source-third_party = Source: { $name }.
source-third_party-described = Source: { $name }, { $description }
source-third_party-unnamed = Source: a third party.
source-public = Source: { $name }, a publicly accessible source.
source-public-unnamed = Source: publicly accessible sources.
source-public-flag = This source is publicly accessible.

## Transfers outside the EEA

transfer-adequacy = the European Commission has decided that this country ensures an adequate level of protection ({ $decision }, { $article }).
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
intro = This notice explains how { $controller } processes your personal data and what your rights are, as required by Articles 13 and 14 of the General Data Protection Regulation (Regulation (EU) 2016/679, the “{ -gdpr }”).
toc-heading = Contents
other-languages = This notice in other languages
page-of = Page { $page } of { $total }
pdf-controller = Controller: { $name }
pdf-keywords = privacy notice, GDPR, personal data

summary-heading = At a glance
summary-topic = Topic
summary-answer = In short
summary-who = Who is responsible for your data
summary-what = Which data
summary-why = Why, and on what legal basis
summary-how-long = How long
summary-recipients = Who receives them
summary-no-recipients = No one outside our organisation
summary-transfers = Transfers outside the European Economic Area
summary-no-transfers = None
summary-transfers-unknown = See the section on transfers
summary-rights = Your rights
summary-objection = you can object to some processing: see “Your right to object”
summary-complaints = Where to complain
basis-missing = no legal basis stated
retention-missing = no period stated

controller-heading = Who is responsible for your data
controller-intro = The controller of your personal data is:
trade-names = trading as { $names }
company-number = Company number: { $number }
label-website = Website:
label-email = Email:
label-phone = Phone:
label-form = Form:
label-complaint-page = How to complain:
dpo-intro = You can contact our data protection officer:
dpo-none = We have not appointed a data protection officer; for any question about your data, please contact us at the address above.
representative-intro = Our representative in the European Union (Article 27 { -gdpr }) is

joint-heading = Joint controllers
joint-intro = We determine the purposes and means of some processing jointly with { $name }: we are joint controllers (Article 26 { -gdpr }).
joint-purposes = This concerns: { $purposes }.
joint-essence = The essence of our arrangement:
joint-contact-us = { $controller } is your point of contact for this processing.
joint-contact-them = { $name } is your point of contact for this processing.
joint-rights = Irrespective of the terms of our arrangement, you may exercise your rights in respect of and against each of us (Article 26(3) { -gdpr }).
joint-notice = Their privacy notice:

purposes-heading = Why we process your data
purposes-intro = For each purpose, we list the legal basis, the data used, who receives them and how long we keep them.
col-purpose = Purpose
col-basis = Legal basis
col-retention = Retention
further-processing = We use for this purpose data first collected for another purpose: { $purpose }.
label-basis = Legal basis:
label-interests = Our legitimate interests:
label-law = Legal provision:
label-special = Special categories of data:
special-condition = We process them on the basis of { $condition } ({ $article }).
special-law = Legal provision: { $law }.
label-criminal = Data relating to criminal convictions and offences:
criminal-basis = Processing authorised under { $article }:
label-data = Data used:
label-recipients = Recipients:
label-retention = Retention:
label-provision = Do you have to provide these data?
provision-consequences = If you do not provide them, { $consequences }
label-withdraw = Withdrawing consent:
label-marketing = Direct marketing:
marketing-object = you can object at any time, without giving reasons: see “Your right to object”.
label-automated = Automated decision:
automated-see = see “Automated decisions”.
label-rights = Your rights for this purpose:

data-heading = The data we process
data-special = (special category: { $kind })
data-criminal = (data relating to criminal convictions and offences)

recipients-heading = Who receives your data
recipients-intro = We disclose your personal data only to the following recipients:
recipient-country = Location: { $country }.
recipient-notice = Their privacy notice:
recipients-none = We do not disclose your personal data to anyone outside our organisation.

transfers-heading = Transfers outside the European Economic Area
transfers-intro = Some recipients process your data outside the European Economic Area (EEA). Each transfer is protected as follows:
transfer-copy = How to obtain a copy of the safeguards, or where they are available:
transfers-none = We do not transfer your personal data outside the European Economic Area (EEA).
transfers-unknown = The declaration does not state where every recipient processes your data.

automated-heading = Automated decisions
automated-profiling = This processing includes profiling.
label-logic = How the decision is made:
label-significance = What it means for you:
label-consequences = Envisaged consequences:
label-exception = Why it is allowed:
automated-rights = You have the right to obtain human intervention, to express your point of view and to contest the decision ({ $article }).

processor-heading = Processing on behalf of our clients
processor-intro = { $controller } also processes personal data on behalf of clients, as a processor ({ $article }). For that processing the client is the controller: its own privacy notice applies, and requests about your data should be addressed to it.
processor-client-notice = Its privacy notice:

cookies-heading = Cookies and similar technologies
cookies-intro = Our website stores or reads the following information on your device:
col-cookie = Name
col-provider = Provider
col-duration = Duration
col-consent = Consent
cookie-essential = not needed (strictly necessary)
cookie-consent = required
cookies-policy = Our cookie policy explains this in detail:

security-heading = How we protect your data
security-intro = We protect your personal data with appropriate technical and organisational measures, including:

rights-heading = Your rights
rights-intro = Under the { -gdpr }, you have the following rights over your personal data:
right-access-name = Right of access
right-access-text = you can ask whether we process data about you and, if we do, obtain a copy of them together with information about how we process them.
right-rectification-name = Right to rectification
right-rectification-text = you can have inaccurate data corrected and incomplete data completed.
right-erasure-name = Right to erasure
right-erasure-text = you can ask us to erase your data, for instance when they are no longer needed for the purposes for which we collected them.
right-restriction-name = Right to restriction of processing
right-restriction-text = you can ask us to restrict the use of your data, for instance while we check their accuracy.
right-portability-name = Right to data portability
right-portability-text = you can receive the data you provided to us in a structured, commonly used and machine-readable format, and transmit them to another controller or, where technically feasible, have us transmit them to it directly.
right-object-name = Right to object
right-object-text = see “Your right to object” below.
right-withdraw-name = Right to withdraw consent
right-withdraw-text = see “Withdrawing your consent” below.
right-automated-name = Rights regarding automated decisions
right-automated-text = you have the right not to be subject to a decision based solely on automated processing which produces legal effects concerning you or similarly significantly affects you, subject to the exceptions laid down in the { -gdpr }.
right-complaint-name = Right to lodge a complaint
right-complaint-text = see “Complaints” below.
right-applies-to = This right applies to the following purposes: { $purposes }.
right-except = This right does not apply to the following purposes, to the extent that the processing is necessary to comply with a legal obligation or to perform a task carried out in the public interest: { $purposes }.
rights-how = To exercise your rights, contact us:
rights-response = We respond without undue delay and in any event within one month of receiving your request. Where necessary, taking into account the complexity and number of requests, this period may be extended by two further months; we will then inform you of the extension and the reasons for it within one month of receiving your request ({ $article }). Exercising your rights is free of charge. Where a request is manifestly unfounded or excessive, in particular because of its repetitive character, we may charge a reasonable fee or refuse to act on it ({ $fee_article }).

objection-heading = Your right to object
objection-general = You have the right to object at any time, on grounds relating to your particular situation, to the processing of your personal data for the following purposes: { $purposes } ({ $article }). We will then no longer process your personal data unless we demonstrate compelling legitimate grounds for the processing which override your interests, rights and freedoms, or for the establishment, exercise or defence of legal claims.
objection-marketing = You have the right to object at any time, without giving reasons, to the processing of your personal data for direct marketing, including profiling related to it: { $purposes } ({ $article }). We will then no longer process your personal data for such purposes.
objection-how = To object, contact us:

consent-heading = Withdrawing your consent
consent-text = Where we process your data on the basis of your consent ({ $purposes }), you may withdraw it at any time, as easily as you gave it ({ $article }). Withdrawal does not affect the lawfulness of processing based on consent before its withdrawal.

complaint-heading = Complaints
complaint-text = If you believe that the processing of your personal data infringes the { -gdpr }, you have the right to lodge a complaint with a supervisory authority, in particular in the Member State of your habitual residence, place of work or place of the alleged infringement ({ $article }).
complaint-authority = The supervisory authority competent for us is:

changes-heading = Changes to this notice
changes-default = We will publish any change to this notice on this page, with its new date of entry into force.
history-intro = Previous versions:
cite-and = { $first } and { $second }

## What organisations say beyond the required items (storage, confidentiality, compliance…)

source-data_subject = How we collect them: { $description }
separate-intro = The following are set out in separate documents:
recipient-group = member of our group
recipient-list = The list of these recipients:
disclosure-no-sale = We do not sell your personal data.
disclosure-conditions = Disclosure of your data is also subject to the following:
storage-heading = Where your data are stored
storage-intro = We store your personal data in the following places:
storage-provider = provider: { $provider }
storage-eea-only = All these places are in the European Economic Area (EEA).
confidentiality-intro = Within our organisation, access to your data is governed as follows:
compliance-heading = Legal framework and oversight
compliance-laws = We comply in particular with:
compliance-principles = In particular, we undertake the following:
compliance-oversight = Our compliance is checked as follows:
paper-copy = On request, we will send you a paper copy of this notice.
glossary-heading = Glossary
rights-post = You may also write to us at: { $address }.

## Illustration: a published notice completed with assumptions
illustration-heading = Illustration.
illustration-text = This is not the organisation's own notice: it takes the facts of a published notice and completes them with assumptions, listed below, where the law requires information the original does not give.
