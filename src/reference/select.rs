//! Choosing the competent authority from what a declaration says: a country, and
//! optionally a region or the id of another authority of that country. Lint and the
//! renderer both ask here, so that they cannot disagree on which authority a notice names.

use super::{Authority, AuthorityInfo, OtherAuthority, Reference, Sector, UnknownCode, norm};

/// The authority a selection resolved to.
#[derive(Debug, Clone, Copy)]
pub enum Selected<'a> {
    /// The national authority (`BE`).
    National(&'a Authority),
    /// Another authority of that state (`{country: BE, authority: vtc}`, `{country: DE, region: BY}`).
    Other(&'a Authority, &'a OtherAuthority),
}

impl<'a> Selected<'a> {
    /// What a notice prints of it.
    pub fn info(&self) -> &'a dyn AuthorityInfo {
        match *self {
            Selected::National(a) => a,
            Selected::Other(_, o) => o,
        }
    }

    /// The national authority of the state, also for another authority of it.
    pub fn national(&self) -> &'a Authority {
        match *self {
            Selected::National(a) | Selected::Other(a, _) => a,
        }
    }

    /// The other authority, when one was chosen.
    pub fn other(&self) -> Option<&'a OtherAuthority> {
        match *self {
            Selected::National(_) => None,
            Selected::Other(_, o) => Some(o),
        }
    }
}

impl Reference {
    /// The authority for `country`, narrowed by `region` (the one competent there for the
    /// private sector, see [`Reference::regional_authority`]) or by the `id` of another
    /// authority of that country. Giving both is refused: they could disagree.
    pub fn select(
        &self,
        country: &str,
        region: Option<&str>,
        id: Option<&str>,
    ) -> Result<Selected<'_>, UnknownCode> {
        let national = self.authority(country)?;
        match (region, id) {
            (None, None) => Ok(Selected::National(national)),
            (Some(_), Some(_)) => Err(UnknownCode::region_and_authority(national.country())),
            (Some(region), None) => self
                .regional_authority(country, region)
                .map(|o| Selected::Other(national, o)),
            (None, Some(id)) => national
                .other(id)
                .map(|o| Selected::Other(national, o))
                .ok_or_else(|| {
                    let known = national.others().iter().map(|o| o.id().to_owned());
                    UnknownCode::authority(national.country(), id.trim(), known.collect())
                }),
        }
    }

    /// A regional authority, e.g. `("DE", "BY")`. Where a region has several authorities
    /// split by sector (Bavaria: BayLDA for private bodies, BayLfD for public bodies), this
    /// returns the one competent for the private sector, which is what most notices need;
    /// use [`Reference::regional_authority_for`] to choose the sector. A region whose only
    /// authority is for the public sector (Catalonia, Flanders) gives an error saying the
    /// national authority is competent.
    pub fn regional_authority(
        &self,
        country: &str,
        region: &str,
    ) -> Result<&OtherAuthority, UnknownCode> {
        self.regional_authority_for(country, region, Sector::Private)
    }

    /// A regional authority competent for `sector` (an authority marked `all` matches any).
    pub fn regional_authority_for(
        &self,
        country: &str,
        region: &str,
        sector: Sector,
    ) -> Result<&OtherAuthority, UnknownCode> {
        let national = self.authority(country)?;
        let code = norm(region);
        let mut candidates = national
            .others()
            .iter()
            .filter(|o| o.region() == Some(code.as_str()))
            .peekable();
        if candidates.peek().is_some() {
            return candidates
                .find(|o| o.sector().covers(sector))
                .ok_or_else(|| UnknownCode::sector(national.country(), region.trim(), sector));
        }
        let mut known: Vec<String> = national
            .others()
            .iter()
            .filter_map(|o| o.region().map(str::to_owned))
            .collect();
        known.dedup();
        Err(UnknownCode::region(
            national.country(),
            region.trim(),
            known,
        ))
    }
}
