//! The trend chart: an inline SVG drawn on the server (no script, no
//! internet), a bar per period for reporting timeliness and a line for the
//! mean progress reported.

use crate::reporting::PeriodTrend;

/// Draws the trend of `trend`'s periods, oldest on the left.
pub(crate) fn trend_svg(trend: &[PeriodTrend]) -> String {
    use std::fmt::Write;
    let (step, height, top) = (56.0, 120.0, 12.0);
    let width = step * trend.len().max(1) as f64 + 40.0;
    let mut svg = format!(
        r#"<svg class="trend" role="img" viewBox="0 0 {width} {h}" width="{width}" height="{h}" xmlns="http://www.w3.org/2000/svg">"#,
        h = height + top + 28.0
    );
    let y = |percent: f64| top + height * (1.0 - percent / 100.0);
    let _ = write!(svg, r#"<line x1="30" y1="{b}" x2="{width}" y2="{b}" class="axis"/>"#, b = y(0.0));
    let mut line = Vec::new();
    for (k, t) in trend.iter().enumerate() {
        let x = 36.0 + step * k as f64;
        let rate = t.timeliness.rate();
        let _ = write!(
            svg,
            r#"<rect x="{x}" y="{top_y:.1}" width="30" height="{hh:.1}" class="ontime"><title>{p} {rate:.1}%</title></rect><text x="{tx}" y="{ly}" class="label">{p}</text>"#,
            top_y = y(rate),
            hh = height - (y(rate) - top),
            tx = x + 15.0,
            ly = height + top + 18.0,
            p = t.period,
        );
        if let Some(m) = t.mean_percent {
            line.push(format!("{:.1},{:.1}", x + 15.0, y(m)));
        }
    }
    if !line.is_empty() {
        let _ = write!(svg, r#"<polyline points="{}" class="mean"/>"#, line.join(" "));
    }
    let _ = write!(
        svg,
        r#"<text x="0" y="{}" class="label">100%</text><text x="0" y="{}" class="label">0</text></svg>"#,
        y(100.0) + 4.0,
        y(0.0)
    );
    svg
}
