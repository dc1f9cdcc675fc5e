//! The CLDR cardinal plural categories a locale uses.
//!
//! intl_pluralrules 7 can only classify numbers, not list categories, so the
//! categories are found by classifying samples that reach every CLDR rule:
//! integers up to 1000 (n % 10, n % 100, n % 1000 rules), a million
//! (French-style "many"), and decimals with one and two fraction digits
//! (rules on v and f, such as Czech "many").

use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

const ORDER: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

pub struct PluralCategories {
    /// Category names in CLDR order, each with a number it applies to.
    categories: Vec<(&'static str, String)>,
}

impl PluralCategories {
    /// Falls back to the bare language (`en-GB` -> `en`) because CLDR only
    /// lists regional variants whose rules differ.
    pub fn for_locale(langid: &LanguageIdentifier) -> Option<PluralCategories> {
        let language = LanguageIdentifier::from_parts(langid.language, None, None, &[]);
        let rules = PluralRules::create(langid.clone(), PluralRuleType::CARDINAL)
            .or_else(|_| PluralRules::create(language, PluralRuleType::CARDINAL))
            .ok()?;
        let mut categories: Vec<(&'static str, String)> = Vec::new();
        for sample in samples() {
            let Ok(category) = rules.select(sample.as_str()) else {
                continue;
            };
            let name = name(&category);
            if categories.iter().all(|(known, _)| *known != name) {
                categories.push((name, sample));
            }
        }
        categories.sort_by_key(|(name, _)| ORDER.iter().position(|known| known == name));
        Some(PluralCategories { categories })
    }

    pub fn contains(&self, name: &str) -> bool {
        self.categories.iter().any(|(known, _)| *known == name)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &str)> {
        self.categories
            .iter()
            .map(|(name, example)| (*name, example.as_str()))
    }

    /// `[one], [other]`, for fix messages.
    pub fn keys(&self) -> String {
        let keys: Vec<String> = self.iter().map(|(name, _)| format!("[{name}]")).collect();
        keys.join(", ")
    }
}

fn samples() -> impl Iterator<Item = String> {
    let integers = (0..=1000).chain([1_000_000]).map(|n| n.to_string());
    let decimals = (0..=110).flat_map(|whole| {
        ["0", "1", "2", "5", "00", "01", "02", "05", "11", "15"]
            .into_iter()
            .map(move |fraction| format!("{whole}.{fraction}"))
    });
    integers.chain(decimals)
}

fn name(category: &PluralCategory) -> &'static str {
    match category {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::PluralCategories;

    fn names(locale: &str) -> Vec<&'static str> {
        let langid = locale.parse().expect("valid locale code");
        let categories = PluralCategories::for_locale(&langid).expect("CLDR knows the locale");
        categories.iter().map(|(name, _)| name).collect()
    }

    #[test]
    fn samples_reach_every_category_of_known_locales() {
        assert_eq!(names("en"), ["one", "other"]);
        assert_eq!(names("en-GB"), ["one", "other"]);
        assert_eq!(names("ja"), ["other"]);
        assert_eq!(names("ru"), ["one", "few", "many", "other"]);
        assert_eq!(names("lt"), ["one", "few", "many", "other"]);
        assert_eq!(names("cs"), ["one", "few", "many", "other"]);
        assert_eq!(names("ar"), ["zero", "one", "two", "few", "many", "other"]);
    }
}
