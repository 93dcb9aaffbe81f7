/// One record as ``CSVParser`` hands it over: where each field's bytes are, valid only during
/// the call that receives it. A field is a string only when a reader asks for one, so a reader
/// can match kinds, parse numbers and look ids up straight from the file's bytes.
struct CSVRecord {
    /// The bytes being parsed.
    let input: UnsafeBufferPointer<UInt8>
    /// Each field as a range of ``input``, or of ``scratch`` where quoting changed its bytes.
    private(set) var fields: [(start: Int, end: Int, inScratch: Bool)] = []
    /// The bytes of quoted fields, with doubled quotes undone.
    private(set) var scratch: [UInt8] = []

    init(input: UnsafeBufferPointer<UInt8>) {
        self.input = input
    }

    /// The number of fields.
    var count: Int { fields.count }

    /// The field at `index` as a string.
    subscript(index: Int) -> String {
        withBytes(of: index) { String(decoding: $0, as: UTF8.self) }
    }

    /// Whether the field at `index` is empty.
    func isEmpty(_ index: Int) -> Bool {
        fields[index].start == fields[index].end
    }

    /// Every field as a string.
    var strings: [String] { (0..<count).map { self[$0] } }

    /// Calls `body` with the bytes of the field at `index`.
    func withBytes<Result>(of index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let field = fields[index]
        guard field.inScratch else { return body(UnsafeBufferPointer(rebasing: input[field.start..<field.end])) }
        return scratch.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[field.start..<field.end])) }
    }

    /// Adds a field that is the bytes `start..<end` of the input.
    mutating func appendField(start: Int, end: Int) {
        fields.append((start, end, false))
    }

    /// Adds a field of other bytes.
    mutating func appendField(_ bytes: some Sequence<UInt8>) {
        let start = scratch.count
        scratch.append(contentsOf: bytes)
        fields.append((start, scratch.count, true))
    }

    /// Forgets the fields, keeping the room they took.
    mutating func removeAll() {
        fields.removeAll(keepingCapacity: true)
        scratch.removeAll(keepingCapacity: true)
    }
}
