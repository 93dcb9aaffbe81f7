#if os(Linux)
/// ICU's `uloc_getISO3Country`, which Foundation's `Locale.Region` does not expose; on Linux it
/// is exported by Foundation's own ICU (`lib_FoundationICU`) under this prefixed name.
@_silgen_name("swift_uloc_getISO3Country")
private func icuISO3Country(_ localeID: UnsafePointer<CChar>) -> UnsafePointer<CChar>?
#endif

enum AlphaThree {
    /// The ISO 3166-1 alpha-3 code for an alpha-2 code (`DE` → `DEU`), from CLDR through ICU,
    /// or `nil` where ICU has none.
    static func code(forAlpha2 alpha2: String) -> String? {
        #if os(Linux)
        guard let result = icuISO3Country("und_" + alpha2) else { return nil }
        let code = String(cString: result)
        return code.count == 3 ? code : nil
        #else
        return nil
        #endif
    }
}
