pub mod frames;
pub fn build_framing(_: &[framescope_core::Document], _: &[framescope_core::Entity]) -> framescope_core::framing::Framing { Default::default() }
