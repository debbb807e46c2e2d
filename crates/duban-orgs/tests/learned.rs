//! Corrections kept from reviews (`[[alias]]`): loaded with the registry
//! files, added while the server runs, resolved as the body chosen (a
//! listed one, a template's, or a name the registry does not know), and
//! bad entries refused with file and line.

use duban_core::{Context, MatchKind, ResolveOrg};
use duban_orgs::{Registry, RegistryError, Source, alias_entry};

fn resolve(registry: &Registry, written: &str, context: &Context<'_>) -> duban_core::Resolved {
    ResolveOrg::resolve(registry, written, context).expect("a usable name")
}

fn with(text: &str) -> Result<Registry, RegistryError> {
    Registry::with_defaults(&[Source { name: "learned.toml".into(), text: text.into() }])
}

#[test]
fn a_kept_correction_resolves_as_the_body_chosen() {
    let text = alias_entry("县农业农业局", "县农业农村局", "office", "2026-12-03")
        + &alias_entry("乡便民中心", "乡便民服务中心", "office", "2026-12-03");
    let registry = with(&text).expect("kept corrections load");
    let county = Context {
        title: Some("江西省吉安市永丰县人民政府办公室关于印发…的通知"), ..Default::default()
    };
    // Through a template: the county's body.
    let r = resolve(&registry, "县农业农业局", &county);
    assert_eq!((r.org.as_str(), r.how), ("永丰县农业农村局", MatchKind::Alias));
    // A body no file or template knows: the name chosen, as an alias.
    let r = resolve(&registry, "乡便民中心", &Context::default());
    assert_eq!((r.org.as_str(), r.how), ("乡便民服务中心", MatchKind::Alias));
    // Learned while running, for the next import.
    assert_ne!(resolve(&registry, "县文体广旅局", &county).how, MatchKind::Alias);
    registry.learned().learn("县文体广旅局", "县文化广电旅游体育局");
    assert_eq!(resolve(&registry, "县文体广旅局", &county).how, MatchKind::Alias);
}

#[test]
fn bad_kept_corrections_are_refused_with_their_line() {
    let err = with("[[alias]]\nwritten = \"\"\norg = \"县财政局\"\n").unwrap_err();
    assert!(matches!(err, RegistryError::Malformed { line: 2, .. }), "{err}");
    let err = with("\n[[alias]]\nwritten = \"县财正局\"\norg = \"县财政局\"\nat = \"昨天\"\n").unwrap_err();
    assert!(err.to_string().contains("learned.toml:3") && err.to_string().contains("YYYY-MM-DD"), "{err}");
    let err = with("[[alias]]\nwritten = \"县财正局\"\norg = \"县财政局\"\nwho = \"x\"\n").unwrap_err();
    assert!(err.to_string().contains("learned.toml"), "{err}");
}
