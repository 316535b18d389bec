package care.clearconsent.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The tree hashing and proofs against the reference vectors of the transparency-dev/merkle project (the RFC 6962
 * test tree of eight leaves), and round trips on random trees: every proof built verifies, every altered one fails.
 */
class MerkleTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final List<byte[]> LEAVES = List.of(hex(""), hex("00"), hex("10"), hex("2021"), hex("3031"), hex("40414243"),
            hex("5051525354555657"), hex("606162636465666768696a6b6c6d6e6f"));
    private static final List<String> ROOTS = List.of(
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    @Test
    void roots_of_the_reference_tree_at_every_size() {
        List<byte[]> hashes = LEAVES.stream().map(Merkle::leafHash).toList();
        for (int size = 0; size <= 8; size++) {
            assertThat(HEX.formatHex(Merkle.rootOf(hashes.subList(0, size)))).as("size " + size).isEqualTo(ROOTS.get(size));
        }
    }

    @Test
    void inclusion_proofs_match_the_reference_vectors() {
        assertInclusion(0, 8, "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e", "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertInclusion(5, 8, "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0", "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertInclusion(2, 3, "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125");
        assertInclusion(1, 5, "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e", "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
        assertInclusion(0, 1);
    }

    @Test
    void consistency_proofs_match_the_reference_vectors() {
        assertConsistency(1, 8, "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e", "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertConsistency(6, 8, "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0", "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertConsistency(2, 5, "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
        assertConsistency(6, 7, "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f", "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertConsistency(1, 1);
    }

    @Test
    void on_random_trees_every_proof_verifies_and_every_altered_proof_or_root_fails() {
        Random random = new Random(6962);
        for (int round = 0; round < 40; round++) {
            int size = 1 + random.nextInt(70);
            List<byte[]> leaves = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                leaves.add(Merkle.leafHash(("event " + round + "/" + i).getBytes()));
            }
            byte[] root = Merkle.rootOf(leaves);
            int index = random.nextInt(size);
            List<byte[]> path = Merkle.inclusionProof(index, size, subtrees(leaves));
            assertThat(Merkle.verifyInclusion(index, size, leaves.get(index), path, root)).isTrue();
            assertThat(Merkle.verifyInclusion(index, size, Merkle.leafHash("forged".getBytes()), path, root)).isFalse();
            if (size > 1) {
                assertThat(Merkle.verifyInclusion((index + 1) % size, size, leaves.get(index), path, root)).isFalse();
                assertThat(Merkle.verifyInclusion(index, size, leaves.get(index), flipped(path, random), root)).isFalse();
            }

            int size1 = 1 + random.nextInt(size);
            List<byte[]> consistency = Merkle.consistencyProof(size1, size, subtrees(leaves));
            byte[] root1 = Merkle.rootOf(leaves.subList(0, size1));
            assertThat(Merkle.verifyConsistency(size1, size, consistency, root1, root)).as(size1 + " to " + size).isTrue();
            if (size1 < size) {
                assertThat(Merkle.verifyConsistency(size1, size, flipped(consistency, random), root1, root)).isFalse();
                assertThat(Merkle.verifyConsistency(size1, size, consistency, Merkle.leafHash("other".getBytes()), root)).isFalse();
                // A rewritten history: the same older size, a different older root, and the same new root.
                List<byte[]> rewritten = new ArrayList<>(leaves);
                rewritten.set(random.nextInt(size1), Merkle.leafHash("rewritten".getBytes()));
                assertThat(Merkle.verifyConsistency(size1, size, Merkle.consistencyProof(size1, size, subtrees(rewritten)), root1,
                        Merkle.rootOf(rewritten))).isFalse();
            }
        }
    }

    private static void assertInclusion(long index, long size, String... expected) {
        List<byte[]> hashes = LEAVES.stream().map(Merkle::leafHash).toList().subList(0, (int) size);
        List<byte[]> proof = Merkle.inclusionProof(index, size, subtrees(hashes));
        assertThat(proof.stream().map(HEX::formatHex).toList()).containsExactly(expected);
        assertThat(Merkle.verifyInclusion(index, size, hashes.get((int) index), proof, hex(ROOTS.get((int) size)))).isTrue();
    }

    private static void assertConsistency(long size1, long size2, String... expected) {
        List<byte[]> hashes = LEAVES.stream().map(Merkle::leafHash).toList();
        List<byte[]> proof = Merkle.consistencyProof(size1, size2, subtrees(hashes));
        assertThat(proof.stream().map(HEX::formatHex).toList()).containsExactly(expected);
        assertThat(Merkle.verifyConsistency(size1, size2, proof, hex(ROOTS.get((int) size1)), hex(ROOTS.get((int) size2)))).isTrue();
    }

    private static BiFunction<Long, Long, byte[]> subtrees(List<byte[]> leaves) {
        return (from, to) -> Merkle.rootOf(leaves.subList(from.intValue(), to.intValue()));
    }

    private static List<byte[]> flipped(List<byte[]> proof, Random random) {
        List<byte[]> altered = new ArrayList<>();
        proof.forEach(hash -> altered.add(hash.clone()));
        byte[] victim = altered.get(random.nextInt(altered.size()));
        victim[random.nextInt(victim.length)] ^= 1;
        return altered;
    }

    private static byte[] hex(String text) {
        return HEX.parseHex(text);
    }
}
