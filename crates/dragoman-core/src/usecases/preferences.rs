//! The view preferences: the whole window's zoom, the text size of each pane (the Arabic
//! source, the English translation) and the theme. Kept in the settings table as one JSON
//! value, changed a step at a time. What is stored is read leniently: a value between steps
//! goes to the nearest step, one out of range to the nearest end, a field that cannot be read
//! takes its default, and a value that is not JSON at all gives the defaults, so a damaged
//! setting never stops the app.
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::error::Result;
use crate::store::Store;

/// The settings key of the preferences (a JSON object).
pub const PREFERENCES_KEY: &str = "ui.preferences";

/// The window's zoom levels, in percent, as browsers offer them.
pub const ZOOM_STEPS: &[u16] = &[50, 67, 75, 80, 90, 100, 110, 125, 150, 175, 200];

/// A pane's text sizes, in percent of the normal size.
pub const TEXT_SIZE_STEPS: &[u16] = &[80, 90, 100, 110, 120, 130, 140, 150, 160, 170, 180, 190, 200];

/// The normal size, where "reset" goes: 100%.
pub const NORMAL: u16 = 100;

/// Light or dark colours, or those the system asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

/// What the translator chose for the view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Preferences {
    /// The whole window's zoom, in percent: one of [`ZOOM_STEPS`].
    pub zoom: u16,
    /// The Arabic source's text size, in percent: one of [`TEXT_SIZE_STEPS`].
    pub source_size: u16,
    /// The English translation's text size, in percent: one of [`TEXT_SIZE_STEPS`].
    pub target_size: u16,
    pub theme: Theme,
}

impl Default for Preferences {
    fn default() -> Self {
        Preferences { zoom: NORMAL, source_size: NORMAL, target_size: NORMAL, theme: Theme::System }
    }
}

/// Which size a step changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Size {
    Zoom,
    SourceSize,
    TargetSize,
}

/// A step: bigger, smaller, or back to 100%.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum SizeStep {
    In,
    Out,
    Reset,
}

/// The step of `steps` nearest to `value` (the lower one when halfway).
fn nearest(steps: &[u16], value: f64) -> u16 {
    let mut best = steps[0];
    for &s in steps {
        if (f64::from(s) - value).abs() < (f64::from(best) - value).abs() {
            best = s;
        }
    }
    best
}

/// `value` moved one step of `steps`; at either end it stays.
fn stepped(steps: &[u16], value: u16, step: SizeStep) -> u16 {
    match step {
        SizeStep::In => steps.iter().copied().find(|&s| s > value).unwrap_or(value),
        SizeStep::Out => steps.iter().rev().copied().find(|&s| s < value).unwrap_or(value),
        SizeStep::Reset => NORMAL,
    }
}

impl Preferences {
    /// The preferences a stored value describes, read leniently (see the module's note).
    pub fn from_stored(text: &str) -> Preferences {
        let mut prefs = Preferences::default();
        let Ok(Value::Object(map)) = serde_json::from_str::<Value>(text) else {
            return prefs;
        };
        let size = |key: &str, steps: &[u16]| {
            map.get(key).and_then(Value::as_f64).filter(|v| v.is_finite()).map(|v| nearest(steps, v))
        };
        if let Some(z) = size("zoom", ZOOM_STEPS) {
            prefs.zoom = z;
        }
        if let Some(s) = size("sourceSize", TEXT_SIZE_STEPS) {
            prefs.source_size = s;
        }
        if let Some(s) = size("targetSize", TEXT_SIZE_STEPS) {
            prefs.target_size = s;
        }
        if let Some(theme) = map.get("theme").and_then(|t| serde_json::from_value(t.clone()).ok()) {
            prefs.theme = theme;
        }
        prefs
    }

    fn to_stored(self) -> String {
        serde_json::to_string(&self).expect("preferences serialise")
    }

    /// These preferences with `size` moved by `step`.
    pub fn stepped(mut self, size: Size, step: SizeStep) -> Preferences {
        match size {
            Size::Zoom => self.zoom = stepped(ZOOM_STEPS, self.zoom, step),
            Size::SourceSize => self.source_size = stepped(TEXT_SIZE_STEPS, self.source_size, step),
            Size::TargetSize => self.target_size = stepped(TEXT_SIZE_STEPS, self.target_size, step),
        }
        self
    }

    /// The zoom as a factor (1.0 is 100%), as a webview takes it.
    pub fn zoom_factor(&self) -> f64 {
        f64::from(self.zoom) / 100.0
    }
}

/// The saved preferences, or the defaults.
pub fn load(store: &Store) -> Result<Preferences> {
    Ok(store.setting(PREFERENCES_KEY)?.map(|t| Preferences::from_stored(&t)).unwrap_or_default())
}

/// Change the saved preferences with `f` (read and written in one transaction) and return them.
fn update(store: &mut Store, f: impl FnOnce(Preferences) -> Preferences) -> Result<Preferences> {
    let stored = store
        .update_setting(PREFERENCES_KEY, |old| f(old.map(Preferences::from_stored).unwrap_or_default()).to_stored())?;
    Ok(Preferences::from_stored(&stored))
}

/// Move one size a step (bigger, smaller, back to 100%), save, and return the preferences.
pub fn step(store: &mut Store, size: Size, step: SizeStep) -> Result<Preferences> {
    update(store, |p| p.stepped(size, step))
}

/// Choose the theme, save, and return the preferences.
pub fn set_theme(store: &mut Store, theme: Theme) -> Result<Preferences> {
    update(store, |p| Preferences { theme, ..p })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_database_has_the_defaults() {
        let store = Store::open_in_memory().unwrap();
        assert_eq!(
            load(&store).unwrap(),
            Preferences { zoom: 100, source_size: 100, target_size: 100, theme: Theme::System }
        );
    }

    #[test]
    fn steps_go_through_the_levels_and_stop_at_the_ends() {
        let mut store = Store::open_in_memory().unwrap();
        let zooms: Vec<u16> = (0..12).map(|_| step(&mut store, Size::Zoom, SizeStep::In).unwrap().zoom).collect();
        assert_eq!(zooms, [110, 125, 150, 175, 200, 200, 200, 200, 200, 200, 200, 200]);
        assert_eq!(step(&mut store, Size::Zoom, SizeStep::Reset).unwrap().zoom, 100);
        let zooms: Vec<u16> = (0..7).map(|_| step(&mut store, Size::Zoom, SizeStep::Out).unwrap().zoom).collect();
        assert_eq!(zooms, [90, 80, 75, 67, 50, 50, 50]);
        // Each size is its own: the panes' sizes did not move with the zoom.
        let p = step(&mut store, Size::SourceSize, SizeStep::In).unwrap();
        assert_eq!((p.zoom, p.source_size, p.target_size), (50, 110, 100));
        let p = step(&mut store, Size::TargetSize, SizeStep::Out).unwrap();
        assert_eq!((p.source_size, p.target_size), (110, 90));
        let p = step(&mut store, Size::TargetSize, SizeStep::Out).unwrap();
        assert_eq!(p.target_size, 80);
        assert_eq!(step(&mut store, Size::TargetSize, SizeStep::Out).unwrap().target_size, 80, "80% is the smallest");
        assert_eq!(
            load(&store).unwrap(),
            Preferences { zoom: 50, source_size: 110, target_size: 80, theme: Theme::System }
        );
    }

    #[test]
    fn the_theme_is_kept_with_the_sizes() {
        let mut store = Store::open_in_memory().unwrap();
        step(&mut store, Size::SourceSize, SizeStep::In).unwrap();
        let p = set_theme(&mut store, Theme::Dark).unwrap();
        assert_eq!((p.theme, p.source_size), (Theme::Dark, 110));
        assert_eq!(load(&store).unwrap(), p);
        assert_eq!(
            serde_json::to_value(p).unwrap(),
            serde_json::json!({"zoom": 100, "sourceSize": 110, "targetSize": 100, "theme": "dark"})
        );
    }

    #[test]
    fn what_is_stored_is_read_leniently() {
        let read = Preferences::from_stored;
        let defaults = Preferences::default();
        for bad in ["", "not json", "[1, 2]", "null", "42", "{\"zoom\": "] {
            assert_eq!(read(bad), defaults, "{bad:?}");
        }
        // Out of range: the nearest end; between steps: the nearest step.
        assert_eq!(
            read(r#"{"zoom": 1000, "sourceSize": 5, "targetSize": -3}"#),
            Preferences { zoom: 200, source_size: 80, target_size: 80, ..defaults }
        );
        assert_eq!(
            read(r#"{"zoom": 112, "sourceSize": 134.9, "targetSize": 101}"#),
            Preferences { zoom: 110, source_size: 130, target_size: 100, ..defaults }
        );
        // A field that cannot be read takes its default; the others are kept.
        assert_eq!(
            read(r#"{"zoom": "big", "sourceSize": 150, "theme": "purple"}"#),
            Preferences { source_size: 150, ..defaults }
        );
        assert_eq!(read(r#"{"theme": "light", "extra": true}"#), Preferences { theme: Theme::Light, ..defaults });
    }

    #[test]
    fn a_damaged_setting_is_replaced_on_the_next_change() {
        let mut store = Store::open_in_memory().unwrap();
        store.set_setting(PREFERENCES_KEY, "{garbage").unwrap();
        assert_eq!(load(&store).unwrap(), Preferences::default());
        assert_eq!(step(&mut store, Size::Zoom, SizeStep::In).unwrap().zoom, 110);
        assert_eq!(Preferences::from_stored(&store.setting(PREFERENCES_KEY).unwrap().unwrap()).zoom, 110);
    }

    #[test]
    fn the_zoom_factor_is_the_percentage() {
        assert_eq!(Preferences { zoom: 125, ..Preferences::default() }.zoom_factor(), 1.25);
    }
}
