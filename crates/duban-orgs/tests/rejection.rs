use duban_orgs::{Registry, RegistryError, Source};

fn load(text: &str) -> Result<Registry, RegistryError> {
    Registry::load(&[Source { name: "bad.toml".into(), text: text.into() }])
}

const A: &str =
    "[[org]]\nname = \"甲局\"\naliases = [\"甲\"]\nlevel = \"city\"\nregion = \"某市\"\nkind = \"government\"\n";

#[test]
fn malformed_toml_names_file_and_line() {
    let err = load("[[org]]\nname = \"甲局\"\nlevel = city\n").unwrap_err();
    assert!(matches!(err, RegistryError::Malformed { ref file, line: 3, .. } if file == "bad.toml"), "{err}");
    let err = load(&format!("{A}colour = \"red\"\n")).unwrap_err();
    assert!(matches!(err, RegistryError::Malformed { .. }), "unknown fields are refused: {err}");
    let err =
        load("[[org]]\nname = \"甲局\"\nlevel = \"town\"\nregion = \"某市\"\nkind = \"government\"\n").unwrap_err();
    assert!(matches!(err, RegistryError::Malformed { line: 3, .. }), "{err}");
    let err = load(&A.replace("kind = \"government\"", "kind = \"government\"\nuntil = \"2018/10/26\"")).unwrap_err();
    assert!(err.to_string().contains("YYYY-MM-DD"), "{err}");
}

#[test]
fn an_alias_claimed_twice() {
    let b = A.replace("甲局", "乙局");
    let err = load(&format!("{A}\n{b}")).unwrap_err();
    match err {
        RegistryError::AliasConflict { ref alias, line, .. } => {
            assert_eq!(alias, "甲");
            assert_eq!(line, 9);
        }
        other => panic!("expected an alias conflict, got {other}"),
    }
}

#[test]
fn duplicate_names_in_one_file() {
    let err = load(&format!("{A}\n{}", A.replace("aliases = [\"甲\"]", "aliases = []"))).unwrap_err();
    assert!(matches!(err, RegistryError::DuplicateName { line: 9, other_line: 2, .. }), "{err}");
}

#[test]
fn successions_must_name_known_bodies_and_not_loop() {
    let b = A.replace("甲", "乙");
    let unknown =
        format!("{A}\n[[succession]]\ndate = \"2018-01-01\"\nevent = \"rename\"\nfrom = [\"甲局\"]\nto = [\"丙局\"]\n");
    assert!(matches!(load(&unknown).unwrap_err(), RegistryError::UnknownBody { line: 9, .. }));
    let cycle = format!(
        "{A}\n{b}\n[[succession]]\ndate = \"2018-01-01\"\nevent = \"rename\"\nfrom = [\"甲局\"]\nto = [\"乙局\"]\n\n\
         [[succession]]\ndate = \"2019-01-01\"\nevent = \"rename\"\nfrom = [\"乙局\"]\nto = [\"甲局\"]\n"
    );
    let err = load(&cycle).unwrap_err();
    assert!(matches!(err, RegistryError::SuccessionCycle { .. }), "{err}");
    assert!(err.to_string().contains("甲局 → 乙局 → 甲局") || err.to_string().contains("乙局 → 甲局 → 乙局"), "{err}");
}
