//! The conditions that lift the prohibitions on special-category data (Art. 9(2)) and on data
//! about criminal convictions and offences (Art. 10), and the aims a condition of several
//! names (9(2)(h), (j)).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A condition of Art. 9(2) for processing special-category data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SpecialCondition {
    /// Art. 9(2)(a)
    ExplicitConsent,
    /// Art. 9(2)(b)
    Employment,
    /// Art. 9(2)(c)
    VitalInterests,
    /// Art. 9(2)(d)
    NotForProfit,
    /// Art. 9(2)(e)
    MadePublic,
    /// Art. 9(2)(f)
    LegalClaims,
    /// Art. 9(2)(g)
    SubstantialPublicInterest,
    /// Art. 9(2)(h)
    HealthOrSocialCare,
    /// Art. 9(2)(i)
    PublicHealth,
    /// Art. 9(2)(j)
    ArchivingOrResearch,
}

impl SpecialCondition {
    pub const ALL: [SpecialCondition; 10] = [
        SpecialCondition::ExplicitConsent,
        SpecialCondition::Employment,
        SpecialCondition::VitalInterests,
        SpecialCondition::NotForProfit,
        SpecialCondition::MadePublic,
        SpecialCondition::LegalClaims,
        SpecialCondition::SubstantialPublicInterest,
        SpecialCondition::HealthOrSocialCare,
        SpecialCondition::PublicHealth,
        SpecialCondition::ArchivingOrResearch,
    ];

    pub fn article(self) -> &'static str {
        match self {
            SpecialCondition::ExplicitConsent => "9(2)(a)",
            SpecialCondition::Employment => "9(2)(b)",
            SpecialCondition::VitalInterests => "9(2)(c)",
            SpecialCondition::NotForProfit => "9(2)(d)",
            SpecialCondition::MadePublic => "9(2)(e)",
            SpecialCondition::LegalClaims => "9(2)(f)",
            SpecialCondition::SubstantialPublicInterest => "9(2)(g)",
            SpecialCondition::HealthOrSocialCare => "9(2)(h)",
            SpecialCondition::PublicHealth => "9(2)(i)",
            SpecialCondition::ArchivingOrResearch => "9(2)(j)",
        }
    }

    /// The aims this condition lists, of which a purpose may name the ones it pursues; empty
    /// for a condition that names one.
    pub fn aims(self) -> &'static [SpecialAim] {
        use SpecialAim::*;
        match self {
            SpecialCondition::HealthOrSocialCare => &[
                PreventiveMedicine,
                OccupationalMedicine,
                WorkingCapacity,
                MedicalDiagnosis,
                CareProvision,
                CareManagement,
            ],
            SpecialCondition::ArchivingOrResearch => &[Archiving, Research, Statistics],
            _ => &[],
        }
    }

    /// Whether Art. 9(3) applies: data processed under (h) must be processed by or under the
    /// responsibility of a professional subject to professional secrecy, or by another person
    /// subject to an obligation of secrecy.
    pub fn requires_secrecy(self) -> bool {
        self == SpecialCondition::HealthOrSocialCare
    }
}

/// One of the aims Art. 9(2)(h) or (j) lists, for a purpose that pursues only some of them: the
/// notice then names those, in the Regulation's words, rather than the whole list.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum SpecialAim {
    /// Art. 9(2)(h): preventive medicine.
    PreventiveMedicine,
    /// Art. 9(2)(h): occupational medicine.
    OccupationalMedicine,
    /// Art. 9(2)(h): the assessment of the working capacity of the employee.
    WorkingCapacity,
    /// Art. 9(2)(h): medical diagnosis.
    MedicalDiagnosis,
    /// Art. 9(2)(h): the provision of health or social care or treatment.
    CareProvision,
    /// Art. 9(2)(h): the management of health or social care systems and services.
    CareManagement,
    /// Art. 9(2)(j): archiving purposes in the public interest.
    Archiving,
    /// Art. 9(2)(j): scientific or historical research purposes.
    Research,
    /// Art. 9(2)(j): statistical purposes.
    Statistics,
}

impl SpecialAim {
    /// The condition that lists this aim.
    pub fn condition(self) -> SpecialCondition {
        SpecialCondition::ALL
            .into_iter()
            .find(|c| c.aims().contains(&self))
            .unwrap_or(SpecialCondition::HealthOrSocialCare)
    }
}

/// What allows data relating to criminal convictions and offences to be processed (Art. 10).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CriminalGround {
    /// The processing is authorised by Union or member-state law providing for appropriate
    /// safeguards (named in `criminal_basis`).
    #[default]
    Law,
    /// The processing is carried out under the control of official authority.
    OfficialAuthority,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_aim_belongs_to_the_one_condition_that_lists_it() {
        let mut listed: Vec<SpecialAim> = SpecialCondition::ALL
            .iter()
            .flat_map(|c| c.aims().iter().copied())
            .collect();
        for a in &listed {
            assert!(a.condition().aims().contains(a), "{a:?}");
        }
        let n = listed.len();
        listed.sort();
        listed.dedup();
        assert_eq!(listed.len(), n, "an aim is listed by two conditions");
        assert_eq!(n, 9);
    }
}
