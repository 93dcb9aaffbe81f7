import CooperationCore

extension CoverageTarget {
    /// A target given by a keyword (``CoverageTarget/keyword(_:)``) or, failing that, by the
    /// file at that path holding one country a line.
    ///
    /// - Throws: ``CoverageTargetError`` when the text is no keyword and no readable file, or the
    ///   file names unknown countries.
    public static func parse(_ text: String) throws(CoverageTargetError) -> CoverageTarget {
        if let target = try keyword(text) { return target }
        return try read(file: text)
    }

    /// The target listed in the file at `path`: one country a line, `#` comments.
    ///
    /// - Throws: ``CoverageTargetError/unreadable(_:)`` when the file cannot be read as UTF-8,
    ///   or ``CoverageTargetError/unknownCountry(file:line:name:)``.
    public static func read(file path: String) throws(CoverageTargetError) -> CoverageTarget {
        guard let contents = FileContents.utf8Text(path) else { throw .unreadable(path) }
        return try countryList(contents, file: path)
    }
}
