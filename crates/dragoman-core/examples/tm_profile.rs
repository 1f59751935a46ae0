use std::time::Instant;
use dragoman_core::Store;
use dragoman_core::text::terms::readings;
fn main() {
    let store = Store::open(std::path::Path::new("/tmp/t.db")).unwrap();
    let mut src = String::new();
    store.for_each_unit(None, |u| { if src.is_empty() && u.words > 20 { src = u.source.clone(); } Ok(()) }).unwrap();
    let words = dragoman_core::text::terms::words(&src);
    let groups: Vec<Vec<String>> = words.iter().map(|w| readings(w)).collect();
    let flat: Vec<String> = groups.iter().flatten().cloned().collect();
    let t = Instant::now();
    for _ in 0..10 { store.unit_term_counts(&flat).unwrap(); }
    println!("{} terms: vocab lookups {:?} per query", flat.len(), t.elapsed() / 10);
    let counts = store.unit_term_counts(&flat).unwrap();
    println!("{:?}", counts);
    let mut g2: Vec<(i64, Vec<String>)> = groups.iter().cloned().map(|g| (g.iter().map(|t| counts[flat.iter().position(|x| x == t).unwrap()]).sum(), g)).collect();
    g2.sort_by_key(|x| x.0);
    for need in [3, 6, 9, 12] {
        let rare: Vec<Vec<String>> = g2.iter().take(need).map(|x| x.1.clone()).collect();
        let t = Instant::now();
        for _ in 0..10 { store.units_sharing(&rare, 120).unwrap(); }
        println!("need {need} (dfs {:?}): sharing {:?}", g2.iter().take(need).map(|x| x.0).collect::<Vec<_>>(), t.elapsed() / 10);
    }
    let q = dragoman_core::tm::Query::new(&src, None);
    let t = Instant::now();
    for _ in 0..10 { dragoman_core::usecases::memory::matches_for(&store, &q, dragoman_core::usecases::memory::MatchOptions{min:60,max:5,exclude_segment:None}).unwrap(); }
    println!("matches_for {:?}", t.elapsed()/10);
}
