package io.github.nnbackends.tck;

/**
 * The whole conformance kit: every contract a backend must meet. A backend's tests are one class that extends this
 * and names its provider:
 * <pre>
 * class MyBackendKitTest extends BackendKit {
 *     public BackendProvider provider() { return new MyProvider(); }
 * }
 * </pre>
 * Chasing a failure, run one contract alone: {@code class MyGemmTest extends KitBase implements
 * GeneratedCasesContract}. An optional promise is one more interface: {@code implements AllocationFreeSteps}.
 *
 * @since 2.0
 */
public abstract class BackendKit extends KitBase implements ProviderContract, RegistrationContract,
        OperationsContract, ShapeContract, GeneratedCasesContract, SpecialValuesContract, TrainingContract,
        ThreadsContract {
}
