import Foundation
import Graphviz
import Testing

/// A crash of Graphviz itself, in an isolated render, is an error the caller gets.
@Suite struct CrashIsolationTests {
    /// A chain of `count` nodes: twopi walks it recursively, one stack frame a node, so a long
    /// enough chain overflows any stack (200,000 nodes overflow 8 MB; 6,000 overflow 128 KB).
    static func chain(_ count: Int) -> String {
        "digraph {" + (0..<count).map { "n\($0) -> n\($0 + 1)" }.joined(separator: "; ") + "}"
    }

    /// Runs `body` on a thread with a 128 KB stack, which the forked layout process inherits.
    static func onSmallStack(_ body: @escaping @Sendable () -> Result<Int, GraphvizError>) -> Result<Int, GraphvizError> {
        let box = OutcomeBox()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.value = body()
            done.signal()
        }
        thread.stackSize = 128 * 1024
        thread.start()
        done.wait()
        return box.value ?? .success(0)
    }

    @Test func aCrashInAnIsolatedRenderIsOneClearError() {
        let text = Self.chain(6_000)
        let outcome = Self.onSmallStack { () -> Result<Int, GraphvizError> in
            do throws(GraphvizError) {
                return .success(try Graphviz.render(dotText: text, layout: .twopi, format: .svg, limits: .isolated).data.count)
            } catch {
                return .failure(error)
            }
        }
        #expect(outcome == Result<Int, GraphvizError>.failure(GraphvizError.crashed(engine: "twopi", signal: SIGSEGV)))
        if case let .failure(error) = outcome {
            #expect(error.description == "Graphviz crashed on this input (signal 11)")
        }
    }

    @Test func anIsolatedRenderGivesTheSameBytes() throws {
        let text = #"digraph { a -> b -> c; a -> c [label="x"] }"#
        #expect(try Graphviz.render(dotText: text, format: .svg, limits: .isolated).data == Graphviz.render(dotText: text, format: .svg).data)
        #expect(RenderLimits.isolated.isNone == false)
        #expect(RenderLimits.none.isNone)
    }
}

/// What the small-stack thread hands back; the semaphore orders its write before the read.
final class OutcomeBox: @unchecked Sendable {
    var value: Result<Int, GraphvizError>?
}
