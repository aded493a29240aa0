import Foundation
import Testing
import TestSupport
import FuzzSupport

/// The fixed-seed part of the fuzzing (Tests/Fuzz): every corpus input, then seeded mutations
/// of them, go through the CSV readers and the model loader. A trap fails the whole test run,
/// which is the point: these inputs once crashed or must never crash.
@Suite struct FuzzCorpusReplayTests {
    @Test(arguments: FuzzTarget.allCases)
    func corpusAndSeededMutationsDoNotCrash(target: FuzzTarget) throws {
        let dir = Fixtures.packageRoot.appendingPathComponent("Tests/Fuzz/corpus/\(target.rawValue)")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(names.count >= 5)
        let corpus = try names.map { try Data(contentsOf: dir.appendingPathComponent($0)) }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("almanac-fuzz-test-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        for input in corpus { target.run(input, scratch: scratch) }
        var mutator = Mutator(state: 20_261_206)
        for _ in 0..<(target == .csv ? 2000 : 300) {
            target.run(mutator.mutate(corpus[mutator.below(corpus.count)]), scratch: scratch)
        }
    }
}
