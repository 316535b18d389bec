package care.clearconsent.evidence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Merkle tree hashing and proofs as certificate-transparency logs define them (RFC 6962 section 2.1, with the
 * verification algorithms of RFC 9162 section 2.1.3 and 2.1.4): leaves are hashed as {@code SHA-256(0x00 || data)},
 * inner nodes as {@code SHA-256(0x01 || left || right)}, and a tree of n leaves splits at the largest power of two
 * below n. Proofs are built from the hash of any range of leaves, however the caller stores them.
 */
public final class Merkle {

    public static final int HASH_SIZE = 32;

    private Merkle() {
    }

    public static byte[] leafHash(byte[] data) {
        return sha256((byte) 0, data, new byte[0]);
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        return sha256((byte) 1, left, right);
    }

    public static byte[] emptyRoot() {
        try {
            return MessageDigest.getInstance("SHA-256").digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The root of a tree given all its leaf hashes, in order. */
    public static byte[] rootOf(List<byte[]> leafHashes) {
        return leafHashes.isEmpty() ? emptyRoot() : rootOf(leafHashes, 0, leafHashes.size());
    }

    private static byte[] rootOf(List<byte[]> leafHashes, long from, long to) {
        if (to - from == 1) {
            return leafHashes.get((int) from);
        }
        long split = from + largestPowerOfTwoBelow(to - from);
        return nodeHash(rootOf(leafHashes, from, split), rootOf(leafHashes, split, to));
    }

    /**
     * The audit path of leaf {@code index} in the tree of {@code size} leaves (RFC 6962 PATH), bottom up.
     * {@code subtree} gives the root hash of any range of leaves {@code [from, to)} that the tree is made of.
     */
    public static List<byte[]> inclusionProof(long index, long size, BiFunction<Long, Long, byte[]> subtree) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("Leaf " + index + " is not in a tree of " + size);
        }
        List<byte[]> path = new ArrayList<>();
        path(index, 0, size, subtree, path);
        return path;
    }

    private static void path(long index, long from, long to, BiFunction<Long, Long, byte[]> subtree, List<byte[]> path) {
        if (to - from <= 1) {
            return;
        }
        long split = from + largestPowerOfTwoBelow(to - from);
        if (index < split) {
            path(index, from, split, subtree, path);
            path.add(subtree.apply(split, to));
        } else {
            path(index, split, to, subtree, path);
            path.add(subtree.apply(from, split));
        }
    }

    /** The proof that the tree of {@code size2} leaves extends the tree of {@code size1} (RFC 6962 PROOF). */
    public static List<byte[]> consistencyProof(long size1, long size2, BiFunction<Long, Long, byte[]> subtree) {
        if (size1 <= 0 || size1 > size2) {
            throw new IllegalArgumentException("No consistency proof from " + size1 + " to " + size2);
        }
        List<byte[]> proof = new ArrayList<>();
        if (size1 < size2) {
            subproof(size1, 0, size2, true, subtree, proof);
        }
        return proof;
    }

    private static void subproof(long m, long from, long to, boolean complete, BiFunction<Long, Long, byte[]> subtree, List<byte[]> proof) {
        long n = to - from;
        if (m == n) {
            if (!complete) {
                proof.add(subtree.apply(from, to));
            }
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(m, from, from + k, complete, subtree, proof);
            proof.add(subtree.apply(from + k, to));
        } else {
            subproof(m - k, from + k, to, false, subtree, proof);
            proof.add(subtree.apply(from, from + k));
        }
    }

    /** RFC 9162 section 2.1.3.2: whether the path proves the leaf hash is at {@code index} of the tree with this root. */
    public static boolean verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> proof, byte[] root) {
        if (index < 0 || index >= size || !wellFormed(proof)) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    /** RFC 9162 section 2.1.4.2: whether the proof shows the tree {@code (size2, root2)} extends {@code (size1, root1)}. */
    public static boolean verifyConsistency(long size1, long size2, List<byte[]> proof, byte[] root1, byte[] root2) {
        if (size1 <= 0 || size1 > size2 || !wellFormed(proof)) {
            return false;
        }
        if (size1 == size2) {
            return proof.isEmpty() && Arrays.equals(root1, root2);
        }
        if (proof.isEmpty()) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(size1) == 1) {
            path.addFirst(root1);
        }
        long fn = size1 - 1;
        long sn = size2 - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.getFirst();
        byte[] sr = path.getFirst();
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = nodeHash(c, fr);
                sr = nodeHash(c, sr);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                sr = nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(fr, root1) && Arrays.equals(sr, root2);
    }

    /** The largest power of two strictly below {@code n} (n at least 2). */
    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }

    private static boolean wellFormed(List<byte[]> proof) {
        return proof.stream().allMatch(hash -> hash != null && hash.length == HASH_SIZE);
    }

    private static byte[] sha256(byte prefix, byte[] first, byte[] second) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(prefix);
            digest.update(first);
            digest.update(second);
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
