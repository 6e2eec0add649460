# The record of processing activities (Article 30 GDPR) that `notice register` writes: sheet
# names, column headings in the terms of Article 30, and the fixed words of its cells. Plain
# text, no Markdown. Sheet names (register-cover, register-record-*) must stay within 31
# characters and use none of : \ / ? * [ ].

register-title = Record of processing activities — { $controller }
register-cover = Cover
register-cover-controller = Controller
register-cover-company-number = Company number
register-cover-contact = Contact details
register-cover-representative = Representative in the Union (Article 27 { -gdpr })
register-cover-dpo = Data protection officer
register-cover-version = Version
register-cover-effective = Date of this version
register-dpo-none = None appointed
register-record-controller = Controller's record
register-record-processor = Processor's record

register-controller-reference = Reference
register-controller-activity = Processing activity
register-controller-joint = Joint controller
register-controller-purposes = Purposes of the processing
register-controller-basis = Legal basis
register-controller-subjects = Categories of data subjects
register-controller-data = Categories of personal data
register-controller-recipients = Categories of recipients
register-controller-transfers = Transfers to a third country or an international organisation
register-controller-erasure = Envisaged time limits for erasure
register-controller-security = Technical and organisational security measures

register-processor-reference = Reference
register-processor-client = Controller on whose behalf we act
register-processor-processing = Categories of processing carried out on behalf of the controller
register-processor-data = Categories of personal data
register-processor-sub-processors = Sub-processors
register-processor-transfers = Transfers to a third country or an international organisation
register-processor-security = Technical and organisational security measures

register-colon = { $label }:
register-labelled = { $label }: { $text }
register-undeclared = Not declared
register-not-applicable = Not applicable
register-further = Further processing of: { $purpose }
register-special = (special category of personal data, Article 9 { -gdpr }: { $kind })
register-criminal = (personal data relating to criminal convictions and offences, Article 10 { -gdpr })
register-interests = Legitimate interests: { $interests }
register-law = Legal provision: { $law }
register-condition = Condition for processing special categories of personal data: { $article }
register-criminal-basis = Authorised under Article 10 { -gdpr } by: { $basis }
register-role-processor = processor
register-role-controller = controller
register-role-joint_controller = joint controller
register-role-authority = public authority
register-internal = Within our organisation: { $unit }
register-no-recipients = None
register-safeguards = Documentation of suitable safeguards: { $safeguards }
register-transfers-unknown = Where some recipients process the data is not declared
register-no-transfers = None: the data are not transferred outside the European Economic Area
register-client-list = Name and contact details of each controller: { $list }
register-instructions = Instructions: { $instructions }
register-no-sub-processors = None
