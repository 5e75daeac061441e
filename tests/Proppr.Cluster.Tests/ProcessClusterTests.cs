// The cluster tests each start five or more processes; two at once on a 2-core machine starve the failure detector
// and the split-brain resolver would down healthy nodes. They run one after the other.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
[assembly: AssemblyTrait(Proppr.TestSupport.TestCategories.Key, Proppr.TestSupport.TestCategories.MultiProcess)]
